package org.tongban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tongban (通办), the online administrative approval platform of a city: one deployable
 * modular monolith whose business modules are the direct sub-packages of this one.
 */
@SpringBootApplication
@EnableScheduling
public class TongbanApplication {

	public static void main(String[] args) {
		SpringApplication.run(TongbanApplication.class, args);
	}

}
