package se.rapportkoll;

public final class Main {
    public static void main(String[] args) {
    }
}
