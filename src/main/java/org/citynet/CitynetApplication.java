package org.citynet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CitynetApplication {
    public static void main(String[] args) {
        SpringApplication.run(CitynetApplication.class, args);
    }
}
