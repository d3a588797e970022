package vn.police.grievance.intake;

import static vn.police.grievance.process.ProcessVariables.UNIT_ID;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.police.grievance.intake.StartFormChoices.Option;
import vn.police.grievance.item.Category;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Groups;

/**
 * The choices of the Tasklist start form, from the application's data rather than lists written
 * into the form: the categories, and the commune units. A commune officer's own unit is chosen for
 * them and cannot be changed (the server would refuse another one anyway); the reception office,
 * recording what a unit raised at a listening conference, chooses among all communes and must
 * choose one.
 */
@Component
public class StartFormOptions {

  /** The {@code valuesKey} of the unit field in {@code forms/grievance-submission.form}. */
  public static final String UNIT_OPTIONS = "ctxUnitOptions";

  /** The {@code valuesKey} of the category field in {@code forms/grievance-submission.form}. */
  public static final String CATEGORY_OPTIONS = "ctxCategoryOptions";

  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  private final OrganisationService organisation;

  StartFormOptions(OrganisationService organisation) {
    this.organisation = organisation;
  }

  public StartFormChoices choicesFor(CurrentUser user) {
    List<Option> categories =
        Arrays.stream(Category.values()).map(c -> new Option(c.labelVi(), c.name())).toList();
    Optional<OrgUnit> own = organisation.communeOf(user.groups());
    if (own.isPresent()) {
      return new StartFormChoices(
          Map.of(UNIT_OPTIONS, List.of(option(own.get())), CATEGORY_OPTIONS, categories),
          Map.of(UNIT_ID, own.get().id()),
          Set.of());
    }
    List<Option> communes =
        organisation.communes().stream()
            .sorted(Comparator.comparing(OrgUnit::nameVi, VIETNAMESE))
            .map(StartFormOptions::option)
            .toList();
    boolean recordsForOthers = user.isIn(Groups.RECEPTION) || user.isAdministrator();
    return new StartFormChoices(
        Map.of(UNIT_OPTIONS, communes, CATEGORY_OPTIONS, categories),
        Map.of(),
        recordsForOthers ? Set.of(UNIT_ID) : Set.of());
  }

  private static Option option(OrgUnit unit) {
    return new Option(unit.nameVi(), unit.id());
  }
}
