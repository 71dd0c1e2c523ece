using LocalGov.Payments.Pages;
using LocalGov.Payments.Reconciliation;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Areas.Payments.Pages.Reconciliation;

/// <summary>Imports the bank's PromptPay file row by row; re-importing it changes nothing; problems wait for review.</summary>
[Authorize(Policy = Platform.Authorization.PermissionPolicies.Prefix + PaymentsPermissions.Reconcile)]
public sealed class ImportModel(BankTransactionApplier applier, LocalGovDbContext db) : PaymentsPage
{
    private const long MaxBytes = 2 * 1024 * 1024;

    public IReadOnlyList<(int Line, string Ref1, ApplyResult Result)> Results { get; private set; } = [];
    public IReadOnlyList<BankFileError> FileErrors { get; private set; } = [];
    public IReadOnlyList<BankTransaction> Review { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadReviewAsync(cancellationToken);

    public async Task OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            Error("เลือกไฟล์ CSV ขนาดไม่เกิน 2 MB", "Choose a CSV file of at most 2 MB.");
            await LoadReviewAsync(cancellationToken);
            return;
        }
        using var reader = new StreamReader(file.OpenReadStream());
        var (rows, errors) = BankFile.Read(reader);
        var results = new List<(int, string, ApplyResult)>();
        foreach (var (line, row) in rows)
        {
            results.Add((line, row.Ref1, await applier.ApplyAsync(row, $"file:{Path.GetFileName(file.FileName)}", cancellationToken)));
            db.ChangeTracker.Clear();
        }
        Results = results;
        FileErrors = errors;
        await LoadReviewAsync(cancellationToken);
    }

    private async Task LoadReviewAsync(CancellationToken cancellationToken) =>
        Review = await db.Set<BankTransaction>().AsNoTracking().Where(t => t.Status == BankTransactionStatus.NeedsReview)
            .OrderByDescending(t => t.PaidAt).Take(200).ToListAsync(cancellationToken);
}
