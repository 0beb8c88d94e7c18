package org.citynet.web.api.network;

import java.util.Collection;
import org.citynet.kernel.rdf.CN;


/**
 * The three kinds of organisation {@code /api/networks} serves, in the order a short id is resolved:
 * a city network first, then a working group, then a cooperation body. The API name is also the type
 * segment of their IRIs ({@code id/network/…}, {@code id/working-group/…}, {@code id/body/…}).
 */
public enum NetworkType {
    NETWORK("network", CN.CityNetwork.getURI()),
    WORKING_GROUP("working-group", CN.WorkingGroup.getURI()),
    BODY("body", CN.CooperationBody.getURI());

    private final String apiName;
    private final String classIri;

    NetworkType(String apiName, String classIri) {
        this.apiName = apiName;
        this.classIri = classIri;
    }

    public String apiName() {
        return apiName;
    }

    public String classIri() {
        return classIri;
    }

    /** The type of a node with these asserted classes, in resolution order; null if none. */
    public static NetworkType of(Collection<String> classIris) {
        for (NetworkType type : values()) {
            if (classIris.contains(type.classIri)) {
                return type;
            }
        }
        return null;
    }

    static NetworkType ofApiName(String apiName) {
        for (NetworkType type : values()) {
            if (type.apiName.equals(apiName)) {
                return type;
            }
        }
        throw new IllegalArgumentException(apiName);
    }
}
