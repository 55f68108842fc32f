package cn.affairs.approval.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One feature's part of the demo data set. Every file under config/demo/ is merged into one tree;
 * each section reads the keys it owns. Sections run in ascending {@link #order()}.
 */
public interface DemoDataSection {

  int order();

  void load(JsonNode demo);

  /**
   * Removes what {@link #load} wrote to the registers, so that tests can restore the demo state
   * ({@code DemoDataLoader.reloadRegisters()}). Organisation data is never cleared.
   */
  default void clearRegisters() {}
}
