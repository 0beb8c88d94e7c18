package org.citynet.web.catalog;

import java.util.Map;

import org.citynet.kernel.store.DataVersion;

/** The dumps of every format made from one snapshot of one version of the data. */
record DumpSet(DataVersion version, Map<DumpFormat, Dump> dumps) {

    DumpSet {
        dumps = Map.copyOf(dumps);
    }

    Dump get(DumpFormat format) {
        return dumps.get(format);
    }
}
