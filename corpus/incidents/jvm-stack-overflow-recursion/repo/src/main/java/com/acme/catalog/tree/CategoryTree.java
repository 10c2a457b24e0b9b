package com.acme.catalog.tree;

import java.util.Map;

public final class CategoryTree {
    private final Map<Long, Long> parentOf;

    public CategoryTree(Map<Long, Long> parentOf) {
        this.parentOf = parentOf;
    }

    /** Depth of a category: 0 for a root. */
    public int depth(long categoryId) {
        Long parent = parentOf.get(categoryId);
        if (parent == null) {
            return 0;
        }
        return 1 + depth(parent);
    }
}
