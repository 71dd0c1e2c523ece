namespace LocalGov.Permits.PermitTypes;

/// <summary>
/// A document an applicant hands in (a copy of the house register, a site plan). <see cref="Required"/> ones must be
/// attached before an online application is accepted; the rest are "if any".
/// </summary>
public sealed record RequiredDocument(string Code, string NameTh, string NameEn, bool Required = true);
