package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.police.grievance.system.VietnameseText;

/**
 * Folds the words of the items written before search understood Vietnamese (V10 added the
 * columns), with the same folding the application writes new items with, so that old and new
 * items are found alike. Delivered answers are searchable; drafts are not.
 */
public class V10_5__Fold_item_search_text extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    Map<Long, StringBuilder> answers = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
            "SELECT item_id, body FROM item_answer WHERE delivered_at IS NOT NULL ORDER BY id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        answers.computeIfAbsent(rows.getLong(1), id -> new StringBuilder()).append(' ').append(rows.getString(2));
      }
    }
    try (PreparedStatement select = connection.prepareStatement(
            "SELECT id, reference, title, content, proposal FROM grievance_item WHERE search_text IS NULL");
        PreparedStatement update = connection.prepareStatement(
            "UPDATE grievance_item SET search_title = ?, search_text = ? WHERE id = ?");
        ResultSet rows = select.executeQuery()) {
      int batched = 0;
      while (rows.next()) {
        long id = rows.getLong("id");
        StringBuilder answered = answers.get(id);
        update.setString(1, VietnameseText.fold(rows.getString("title")));
        update.setString(2, VietnameseText.foldAll(rows.getString("reference"), rows.getString("title"),
            rows.getString("content"), rows.getString("proposal"), answered == null ? null : answered.toString()));
        update.setLong(3, id);
        update.addBatch();
        if (++batched % 500 == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
  }
}
