package dev.jpde.cases.cli;

import dev.jpde.cases.NamedCases;
import java.util.Iterator;

/** Completion candidates: the named cases. */
final class CaseNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return NamedCases.names().iterator();
    }
}
