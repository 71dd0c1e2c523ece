using LocalGov.Platform.Emailing;

namespace LocalGov.Platform.Tests.Emailing;

public sealed class OutboxEmailTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)] // capped
    [InlineData(40, 3600)]
    public void Backoff_DoublesFromTheBase_UpToTheCap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxEmail.Backoff(attempts, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)));

    [Fact]
    public void MarkFailed_SchedulesTheNextTry_AndGivesUpAfterTheLastAttempt()
    {
        var mail = new OutboxEmail(null, "a@example.com", "s", "<p>b</p>", "b", Now);
        mail.MarkFailed(Now, "connection refused", TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), maxAttempts: 2);
        Assert.Equal(Now.AddSeconds(30), mail.NextAttemptAt);
        Assert.Null(mail.FailedAt);

        mail.MarkFailed(Now.AddSeconds(30), "connection refused", TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), maxAttempts: 2);
        Assert.Equal(Now.AddSeconds(30), mail.FailedAt);
        Assert.Equal(2, mail.Attempts);
        Assert.Equal("connection refused", mail.LastError);
    }

    [Fact]
    public void Render_FillsPlaceholders_AndEncodesForHtml()
    {
        var values = new Dictionary<string, string> { ["name"] = "<สมชาย>" };
        Assert.Equal("เรียน <สมชาย>", TemplateRenderer.Render("เรียน {{ name }}", values, html: false));
        Assert.Equal("Dear &lt;สมชาย&gt;", TemplateRenderer.Render("Dear {{name}}", values, html: true));
    }

    [Fact]
    public void Render_WhenAValueIsMissing_SaysWhich()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TemplateRenderer.Render("{{code}}", new Dictionary<string, string>(), false));
        Assert.Contains("{{code}}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resident@example.com", true)]
    [InlineData("ชื่อ@example.co.th", true)]
    [InlineData("no-at-sign", false)]
    [InlineData("two@@example.com", false)]
    [InlineData("Name <a@example.com>", false)]
    [InlineData("local@nodot", false)]
    [InlineData("", false)]
    public void Addresses_AreCheckedBeforeQueueing(string address, bool plausible) =>
        Assert.Equal(plausible, EmailAddress.IsPlausible(address));
}
