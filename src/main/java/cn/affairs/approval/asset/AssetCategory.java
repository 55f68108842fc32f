package cn.affairs.approval.asset;

/**
 * The general office equipment and furniture the register holds, as listed in the office-equipment
 * standard (config/standards.yml section {@code officeEquipment}, 财资〔2016〕27号).
 */
public enum AssetCategory {
  DESKTOP("台式计算机", "台"),
  LAPTOP("便携式计算机", "台"),
  COPIER("复印机", "台"),
  PRINTER_A4_MONO("A4黑白打印机", "台"),
  DESK("办公桌", "张"),
  FILE_CABINET("文件柜", "组");

  private final String label;
  private final String measure;

  AssetCategory(String label, String measure) {
    this.label = label;
    this.measure = measure;
  }

  public String label() {
    return label;
  }

  /** The counting word shown after a quantity, e.g. 台 in 台式计算机 2 台. */
  public String measure() {
    return measure;
  }

  /** {@code 台式计算机 2 台}. */
  public String count(long quantity) {
    return label + " " + quantity + " " + measure;
  }

  /** Options for a form choice: code, label, code, label, ... */
  static String[] choiceOptions() {
    AssetCategory[] all = values();
    String[] options = new String[all.length * 2];
    for (int i = 0; i < all.length; i++) {
      options[2 * i] = all[i].name();
      options[2 * i + 1] = all[i].label;
    }
    return options;
  }
}
