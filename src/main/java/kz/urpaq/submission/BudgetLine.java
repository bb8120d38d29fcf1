package kz.urpaq.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of the cost estimate: item, quantity and unit cost in tenge. */
@Embeddable
public record BudgetLine(
        @Column(name = "item", nullable = false, length = ITEM_MAX_LENGTH) String item,
        @Column(name = "quantity", nullable = false) int quantity,
        @Column(name = "unit_cost_tenge", nullable = false) long unitCostTenge) {

    public static final int ITEM_MAX_LENGTH = 200;
    public static final int QUANTITY_MAX = 100_000;
    public static final long UNIT_COST_MAX = 1_000_000_000L;

    public long totalTenge() {
        return quantity * unitCostTenge;
    }
}
