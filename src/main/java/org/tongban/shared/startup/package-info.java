/**
 * Checks made while the platform starts, before any bean: the production profile refuses
 * the demo and names every setting it lacks.
 */
package org.tongban.shared.startup;
