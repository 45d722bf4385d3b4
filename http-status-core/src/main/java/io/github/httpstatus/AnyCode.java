package io.github.httpstatus;

import java.util.Optional;

/**
 * The {@link StatusCode} of a code that has no {@link HttpStatus} constant, and the tables of
 * {@link StatusCode#of(int)} and {@link StatusCode#find(int)}. One instance a code, made when the
 * table is first read, so identity is equality and {@link Object#equals(Object)} and {@link
 * Object#hashCode()} need no override.
 */
final class AnyCode implements StatusCode {

    private final int value;
    private final StatusClass statusClass;

    private AnyCode(int value) {
        this.value = value;
        this.statusClass = StatusClass.of(value);
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public StatusClass statusClass() {
        return statusClass;
    }

    /** Never: RFC 9110, Section 15 says a cache does not store an unrecognised code by default. */
    @Override
    public boolean isCacheableByDefault() {
        return false;
    }

    /** Never: RFC 9110, Section 15.4 names the codes that redirect to their Location, all members. */
    @Override
    public boolean isRedirectWithLocation() {
        return false;
    }

    /** Never: only 307 and 308 keep the method (RFC 9110, Sections 15.4.8 and 15.4.9). */
    @Override
    public boolean isMethodPreservingRedirect() {
        return false;
    }

    /** The three digits: a code nobody registered has no name. */
    @Override
    public String toString() {
        return Integer.toString(value);
    }

    /**
     * Every code from 100 to 599, indexed by {@code code - 100}: the member where there is one.
     * A holder of its own, so that loading {@link HttpStatus} does not build it.
     */
    static final class Table {
        static final StatusCode[] BY_CODE = new StatusCode[StatusClass.MAX_CODE - StatusClass.MIN_CODE + 1];

        static {
            for (HttpStatus member : HttpStatus.values()) {
                BY_CODE[member.value() - StatusClass.MIN_CODE] = member;
            }
            for (int i = 0; i < BY_CODE.length; i++) {
                if (BY_CODE[i] == null) {
                    BY_CODE[i] = new AnyCode(StatusClass.MIN_CODE + i);
                }
            }
        }

        private Table() {
        }
    }

    /** For {@link StatusCode#find(int)}: {@link Table#BY_CODE}, each in an {@code Optional} made once. */
    static final class Found {
        @SuppressWarnings("unchecked")
        static final Optional<StatusCode>[] BY_CODE = (Optional<StatusCode>[]) new Optional<?>[Table.BY_CODE.length];

        static {
            for (int i = 0; i < BY_CODE.length; i++) {
                BY_CODE[i] = Optional.of(Table.BY_CODE[i]);
            }
        }

        private Found() {
        }
    }
}
