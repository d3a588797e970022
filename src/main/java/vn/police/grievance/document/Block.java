package vn.police.grievance.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One piece of a document's body, in reading order. Every text is plain text as a user typed it:
 * nothing in it is read as markup; a line break starts a new paragraph (or a new line in a table cell).
 */
public sealed interface Block {

  /** Body text: justified, first line indented. */
  record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A section title ("I. Tình hình chung"): bold, kept with what follows. */
  record Heading(String text) implements Block {
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A numbered point ("1.", "a)", "-") followed by its text, laid out like a paragraph. */
  record NumberedItem(String label, String text) implements Block {
    public NumberedItem {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A table whose header row is repeated on every page it runs onto. Rows must have as many cells as
   * there are headers; a null cell is an empty one. Without relative widths the columns are equal.
   */
  record Table(List<String> headers, List<List<String>> rows, float[] relativeWidths) implements Block {

    public Table {
      headers = List.copyOf(headers);
      if (headers.isEmpty()) {
        throw new IllegalArgumentException("A table needs at least one column");
      }
      int columns = headers.size();
      rows = rows.stream()
          .map(row -> {
            if (row.size() != columns) {
              throw new IllegalArgumentException("A row has " + row.size() + " cells, the table " + columns + " columns");
            }
            return row.stream().map(cell -> cell == null ? "" : cell).toList();
          })
          .toList();
      if (relativeWidths == null) {
        relativeWidths = new float[columns];
        Arrays.fill(relativeWidths, 1f);
      } else {
        relativeWidths = relativeWidths.clone();
        if (relativeWidths.length != columns) {
          throw new IllegalArgumentException(relativeWidths.length + " widths for " + columns + " columns");
        }
        for (float w : relativeWidths) {
          if (!(w > 0) || Float.isInfinite(w)) {
            throw new IllegalArgumentException("Column widths must be positive: " + Arrays.toString(relativeWidths));
          }
        }
      }
    }

    public Table(List<String> headers, List<List<String>> rows) {
      this(headers, rows, null);
    }

    /** A copy: the array would otherwise let a caller change a table after it was checked. */
    @Override
    public float[] relativeWidths() {
      return relativeWidths.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Table t && headers.equals(t.headers) && rows.equals(t.rows)
          && Arrays.equals(relativeWidths, t.relativeWidths);
    }

    @Override
    public int hashCode() {
      return Objects.hash(headers, rows, Arrays.hashCode(relativeWidths));
    }

    @Override
    public String toString() {
      return "Table[headers=" + headers + ", rows=" + rows.size() + ", relativeWidths=" + Arrays.toString(relativeWidths) + "]";
    }
  }
}
