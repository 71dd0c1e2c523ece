using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Thai;

namespace LocalGov.Permits.Tests;

public sealed class ApplicationDetailsTests
{
    private static readonly PermitType Notice = DefaultPermitTypes.Create().Single(t => t.Code == DefaultPermitTypes.FoodNotice);
    private static readonly PermitType Licence = DefaultPermitTypes.Create().Single(t => t.Code == DefaultPermitTypes.FoodLicence);
    private static readonly PermitType Building = DefaultPermitTypes.Create().Single(t => t.Code == DefaultPermitTypes.Building);

    private static string CompanyId()
    {
        const string first12 = "010555612345";
        return first12 + ThaiNationalId.ComputeCheckDigit(first12).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ApplicationInput Input(string area = "150", string kind = "person", string id = "1112034563562") => new()
    {
        ApplicantKind = kind,
        ApplicantName = "สมศรี ใจดี",
        ApplicantId = id,
        Email = "somsri@example.com",
        BusinessName = "ร้านสมศรี",
        PremisesAddress = "12 หมู่ 3",
        AreaSquareMetres = area,
        Answers = new Dictionary<string, string?> { ["food"] = "ก๋วยเตี๋ยว", ["seats"] = "30" },
    };

    private static IReadOnlyList<string> Fields(ApplicationInput input, PermitType type) =>
        [.. ApplicationDetails.Validate(input, type, emailRequired: true).Errors.Select(e => e.Field)];

    [Fact]
    public void AGoodNotification_IsAccepted_WithTheIdNormalized()
    {
        var (details, errors) = ApplicationDetails.Validate(Input() with { ApplicantId = "1-1120-34563-56-2" }, Notice, emailRequired: true);
        Assert.Empty(errors);
        Assert.Equal("1112034563562", details!.ApplicantId);
        Assert.Equal(150m, details.AreaSquareMetres);
    }

    [Theory]
    [InlineData("200", true)]
    [InlineData("200.01", false)]
    public void AFoodNotification_IsFor200SquareMetresOrLess(string area, bool accepted) =>
        Assert.Equal(accepted, !Fields(Input(area), Notice).Contains("area"));

    [Theory]
    [InlineData("200", false)]
    [InlineData("200.5", true)]
    public void AFoodLicence_IsForOver200SquareMetres(string area, bool accepted) =>
        Assert.Equal(accepted, !Fields(Input(area), Licence).Contains("area"));

    [Fact]
    public void AJuristicApplicant_GivesTheCompanysTaxId_NotAPersonsId()
    {
        Assert.Empty(Fields(Input(kind: "juristic", id: CompanyId()), Notice));
        Assert.Contains("applicant_id", Fields(Input(kind: "juristic", id: "1112034563562"), Notice));
        Assert.Contains("applicant_id", Fields(Input(id: "1112034563563"), Notice)); // wrong check digit
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_OnItsField()
    {
        var input = new ApplicationInput { ApplicantKind = "person", Email = "not-an-email", AreaSquareMetres = "-3", Phone = "12" };
        var fields = Fields(input, Building);
        Assert.Contains("applicant_name", fields);
        Assert.Contains("applicant_id", fields);
        Assert.Contains("email", fields);
        Assert.Contains("phone", fields);
        Assert.Contains("business_name", fields);
        Assert.Contains("premises_address", fields);
        Assert.Contains("area", fields);
        Assert.Contains("answers[work]", fields);
        Assert.Contains("answers[storeys]", fields);
    }

    [Fact]
    public void AChoiceField_TakesOnlyItsChoices_AndANumberFieldOnlyNumbers()
    {
        var input = Input() with { Answers = new Dictionary<string, string?> { ["work"] = "ทาสี", ["storeys"] = "สอง", ["use"] = "บ้าน" } };
        var fields = Fields(input, Building);
        Assert.Contains("answers[work]", fields);
        Assert.Contains("answers[storeys]", fields);
        Assert.DoesNotContain("answers[use]", fields);
    }

    [Fact]
    public async Task Documents_AreKnownByTheirBytes_AndRequiredOnesMustBeThere()
    {
        var pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
        var exe = "MZ\u0090\0 this is a program"u8.ToArray();
        UploadedDocument Upload(string code, string name, byte[] data) => new(code, name, data.Length, _ => Task.FromResult<byte[]?>(data));

        var (documents, errors) = await ApplicationDetails.CheckDocumentsAsync([Upload("id-copy", "id.pdf", pdf)], Notice, requireAll: true, default);
        Assert.Empty(errors);
        Assert.Equal("application/pdf", Assert.Single(documents).ContentType);

        (_, errors) = await ApplicationDetails.CheckDocumentsAsync([Upload("id-copy", "id.pdf", exe)], Notice, requireAll: true, default);
        Assert.Equal("documents[id-copy]", Assert.Single(errors).Field); // a program renamed .pdf, and nothing else reported twice

        (_, errors) = await ApplicationDetails.CheckDocumentsAsync([Upload("site-map", "map.pdf", pdf)], Notice, requireAll: true, default);
        Assert.Equal("documents[id-copy]", Assert.Single(errors).Field); // the required copy of the ID is missing

        var tooBig = new UploadedDocument("id-copy", "big.pdf", ApplicationDocument.MaxBytes + 1, _ => Task.FromResult<byte[]?>(null));
        (_, errors) = await ApplicationDetails.CheckDocumentsAsync([tooBig], Notice, requireAll: false, default);
        Assert.Contains("5 MB", Assert.Single(errors).Message.En, StringComparison.Ordinal);
    }
}
