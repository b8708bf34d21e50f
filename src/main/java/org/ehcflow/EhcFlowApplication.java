package org.ehcflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EhcFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(EhcFlowApplication.class, args);
    }
}
