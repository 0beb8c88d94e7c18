package org.citynet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The citynet service: the store, the embedded Fuseki, SPARQL, the REST API and the linked-data pages. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CitynetApplication {

    public static void main(String[] args) {
        SpringApplication.run(CitynetApplication.class, args);
    }
}
