package vn.police.grievance.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda Form as form-js 1.8 renders it in Tasklist, addressed by the ids of our form files:
 * {@code text("field_title", ...)} types into the field whose component id is
 * {@code field_title}.
 */
public final class Form {

  private final Tasklist tasklist;
  private final By rootLocator;

  /** The form is found afresh for each action: Tasklist may re-render it (after a claim, a reload). */
  Form(Tasklist tasklist, By root) {
    this.tasklist = tasklist;
    this.rootLocator = root;
  }

  private WebElement root() {
    return tasklist.waiting().until(ExpectedConditions.visibilityOfElementLocated(rootLocator));
  }

  private WebElement input(String componentId) {
    return tasklist.waiting()
        .until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(rootLocator, By.cssSelector("[id$='-" + componentId + "']")))
        .get(0);
  }

  /**
   * The field around the component, found even where its input is hidden (a select's) or named
   * after its part (a date's {@code -date} input).
   */
  private WebElement field(String componentId) {
    By input = By.cssSelector("[id$='-" + componentId + "'], [id$='-" + componentId + "-date']");
    return tasklist.waiting()
        .until(d -> root().findElement(input).findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]")));
  }

  /** Types into a textfield or textarea, replacing what it held. */
  public Form text(String componentId, String value) {
    WebElement input = input(componentId);
    tasklist.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    return this;
  }

  public String value(String componentId) {
    return tasklist.waiting().until(d -> input(componentId).getDomProperty("value"));
  }

  /**
   * Whether the form leaves the component out (a condition hides it). Ask once the form has shown
   * something that the same change shows: form-js evaluates every condition in one render.
   */
  public boolean hides(String componentId) {
    return root().findElements(By.cssSelector("[id$='-" + componentId + "']")).isEmpty();
  }

  /** Waits until the form shows the text (a text component's, a label's) and answers it. */
  public String shows(String text) {
    tasklist.waiting().until(d -> root().getText().contains(text));
    return text;
  }

  public boolean isReadOnly(String componentId) {
    return tasklist.waiting()
        .until(
            d -> {
              WebElement input = input(componentId);
              return input.getDomAttribute("readonly") != null || input.getDomAttribute("disabled") != null;
            });
  }

  /** Chooses a radio option by its label. */
  public Form radio(String componentId, String label) {
    WebElement option =
        tasklist.waiting()
            .until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    rootLocator,
                    By.xpath(
                        ".//label[input[starts-with(@id,'fjs-form-') and contains(@id,'-" + componentId + "-')]]"
                            + "[normalize-space(.)=" + Tasklist.literal(label) + "]/input")))
            .get(0);
    tasklist.click(option);
    return this;
  }

  /** Chooses an option of a select by its label, searching first when the select is searchable. */
  public Form select(String componentId, String label) {
    List<WebElement> display = root().findElements(By.cssSelector("[id$='-" + componentId + "-display']"));
    if (display.isEmpty()) {
      WebElement search = input(componentId);
      tasklist.click(search);
      search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      search.sendKeys(label);
    } else {
      // form-js reopens a select only once the focus has been elsewhere since its last choice:
      // step out of it with the keyboard, as an officer would with Tab
      root().findElement(By.cssSelector("[id$='-" + componentId + "']")).sendKeys(Keys.TAB);
      tasklist.click(display.get(0));
    }
    pick(componentId, label);
    return this;
  }

  /** What the select shows as chosen. */
  public String selected(String componentId) {
    return tasklist.waiting()
        .until(
            d -> {
              List<WebElement> display = root().findElements(By.cssSelector("[id$='-" + componentId + "-display']"));
              return display.isEmpty() ? input(componentId).getDomProperty("value") : display.get(0).getText();
            });
  }

  /** Adds a tag: searches the options with the given text and picks the one whose label contains it. */
  public Form tag(String componentId, String search) {
    WebElement input = input(componentId);
    tasklist.click(input);
    input.sendKeys(search);
    pick(componentId, search);
    return this;
  }

  /** The labels of the tags chosen so far. */
  public List<String> tags(String componentId) {
    return tasklist.waiting()
        .until(
            d -> field(componentId).findElements(By.cssSelector(".fjs-taglist-tag .fjs-taglist-tag-label")).stream()
                .map(WebElement::getText)
                .toList());
  }

  /** Types a date as the officer does, in the format the field shows (dd/mm/yyyy in Vietnamese). */
  public Form date(String componentId, String date) {
    WebElement input = field(componentId).findElement(By.cssSelector("input.fjs-input"));
    tasklist.click(input);
    input.sendKeys(date, Keys.ENTER);
    input.sendKeys(Keys.TAB);
    return this;
  }

  public String placeholder(String componentId) {
    return tasklist.waiting().until(d -> field(componentId).findElement(By.cssSelector("input")).getDomAttribute("placeholder"));
  }

  /** The messages form-js shows under a field. */
  public List<String> errors(String componentId) {
    return tasklist.waiting()
        .until(
            d -> root().findElements(By.cssSelector("[id$='-" + componentId + "-error-message'] li")).stream()
                .map(WebElement::getText)
                .toList());
  }

  private void pick(String componentId, String labelPart) {
    By item = By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), " + Tasklist.literal(labelPart) + ")]");
    tasklist.waiting()
        .until(
            d -> {
              WebElement option = field(componentId).findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
              if (option == null) {
                return false;
              }
              option.click();
              return true;
            });
    tasklist.settle();
  }
}
