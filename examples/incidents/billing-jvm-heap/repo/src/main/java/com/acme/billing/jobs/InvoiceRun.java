package com.acme.billing.jobs;

import java.util.ArrayList;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class InvoiceRun {
    private final AccountRepository accounts;
    private final InvoiceWriter writer;

    public InvoiceRun(AccountRepository accounts, InvoiceWriter writer) {
        this.accounts = accounts;
        this.writer = writer;
    }

    // Collects every invoice line of the month before writing: memory grows with the number of accounts.
    @Scheduled(cron = "0 0 4 24 * *")
    public void run() {
        List<InvoiceLine> lines = collectLines();
        writer.write(lines);
    }

    List<InvoiceLine> collectLines() {
        List<InvoiceLine> lines = new ArrayList<>();
        for (Account account : accounts.findAllActive()) {
            lines.addAll(account.billableLines());
        }
        return lines;
    }
}
