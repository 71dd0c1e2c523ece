using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Satisfaction;

/// <summary>What the satisfaction tests read back: the stored surveys of an LAO and the invitations in the outbox.</summary>
internal static partial class SatisfactionWorld
{
    public static async Task<List<SatisfactionSurvey>> SurveysAsync(LocalGovHost host, TenantInfo lao)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<SatisfactionSurvey>()
            .IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(s => s.TenantId == lao.Id).OrderBy(s => s.CreatedAt).ToListAsync();
    }

    /// <summary>Whether <paramref name="text"/> is in any text column of any stored survey (read as the database has it).</summary>
    public static async Task<bool> StoredAnywhereAsync(LocalGovHost host, string text)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM platform_satisfaction_surveys";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!reader.IsDBNull(i) && reader.GetValue(i) is string value && value.Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The satisfaction invitations mailed to <paramref name="to"/>, in Thai or English.</summary>
    public static async Task<List<OutboxEmail>> InvitationsAsync(LocalGovHost host, string to)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var mails = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().AsNoTracking()
            .Where(m => m.To == to).ToListAsync();
        return [.. mails.Where(IsInvitation)];
    }

    /// <summary>A satisfaction invitation (which follows every completed case), for tests that count the other mail.</summary>
    public static bool IsInvitation(OutboxEmail mail) =>
        mail.Subject.StartsWith("ประเมินความพึงพอใจ", StringComparison.Ordinal) || mail.Subject.StartsWith("How did we do", StringComparison.Ordinal);

    /// <summary>
    /// The answer page of the mail's link, as a path the test client reaches (/t/{lao}/satisfaction/{token}): the link
    /// itself is on the LAO's public address, which the test host may give as its own domain.
    /// </summary>
    public static string AnswerPath(OutboxEmail invitation, TenantInfo lao)
    {
        var match = Link().Match(invitation.TextBody);
        Assert.True(match.Success, invitation.TextBody);
        return $"/t/{lao.Code}/satisfaction/{match.Groups[1].Value}";
    }

    [GeneratedRegex(@"https?://\S+/satisfaction/([A-Za-z0-9_-]{22})")]
    private static partial Regex Link();
}
