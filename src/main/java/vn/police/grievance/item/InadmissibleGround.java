package vn.police.grievance.item;

public enum InadmissibleGround {
  DUPLICATE("Trùng với kiến nghị đã tiếp nhận"),
  OUT_OF_SCOPE("Không thuộc phạm vi tiếp nhận");

  private final String labelVi;

  InadmissibleGround(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
