namespace LocalGov.Platform.Satisfaction;

/// <summary>
/// The one satisfaction mechanism every module uses. A module calls <see cref="OpenAsync"/> when it completes a case
/// for a resident, inside its own unit of work: the survey and its invitation mail are saved by the caller's
/// SaveChanges, with the case's change, or not at all. One survey per case (module + case reference, per LAO):
/// asking again returns the first.
/// </summary>
public interface ISatisfactionSurveys
{
    Task<SatisfactionSurvey> OpenAsync(SurveyRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// A step of another module's case completed (the fee of a permit application receipted): opened as
    /// <see cref="OpenAsync"/> does, unless <paramref name="partOf"/>'s module asks about its whole case itself
    /// (<see cref="SatisfactionCaseOwner"/>); then nobody is asked about the step and the result is null. DGA counts
    /// one completed case per service the resident asked for, so a case is rated once, not once per step.
    /// </summary>
    Task<SatisfactionSurvey?> OpenStepAsync(SurveyRequest request, SurveyCase partOf, CancellationToken cancellationToken = default);

    /// <summary>The survey behind a token in the current LAO, or null (unknown tokens and other LAOs' look the same).</summary>
    Task<SatisfactionSurvey?> FindAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>
    /// The resident's answer through the token: checks and saves it, then lets the module react
    /// (<see cref="ISatisfactionAnswerHandler"/>, e.g. a rated complaint closes), in one transaction. A second answer is
    /// refused with 409; an unknown token 404.
    /// </summary>
    Task<SatisfactionSurvey> AnswerAsync(string? token, string? stars, string? comment, CancellationToken cancellationToken = default);

    /// <summary>As the token's answer, for a survey already found (by token or <see cref="FindMineAsync"/>); null: 404.</summary>
    Task<SatisfactionSurvey> AnswerAsync(SatisfactionSurvey? survey, string? stars, string? comment, CancellationToken cancellationToken = default);

    /// <summary>
    /// The signed-in resident's own survey in the current LAO, by its id, or null: how their pending surveys are
    /// opened from their pages, since the token itself is not stored (only its hash).
    /// </summary>
    Task<SatisfactionSurvey?> FindMineAsync(Guid surveyId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// A module's own page took the answer (the complaint tracking page's rating form): recorded on the case's survey
    /// (opened now if the case had none), in the caller's unit of work. The module's handler is not called back.
    /// </summary>
    Task<SatisfactionSurvey> RecordAnswerAsync(SurveyRequest request, int stars, string? comment, CancellationToken cancellationToken = default);

    /// <summary>The signed-in resident's unanswered surveys in the current LAO, newest first.</summary>
    Task<IReadOnlyList<SatisfactionSurvey>> PendingForAsync(Guid userId, CancellationToken cancellationToken = default);
}

/// <summary>A case of a module: its name and the case's reference (a permit application's number).</summary>
public sealed record SurveyCase(string Module, string Reference);

/// <summary>
/// Registered (as a singleton) by a module whose cases go through other modules' steps (a permit's fee paid at the
/// cashier) and which asks the resident about the whole case when it completes: those steps then ask nobody
/// (<see cref="ISatisfactionSurveys.OpenStepAsync"/>).
/// </summary>
public sealed record SatisfactionCaseOwner(string Module);

/// <summary>A module that reacts when one of its surveys is answered through the token (registered as a service).</summary>
public interface ISatisfactionAnswerHandler
{
    string Module { get; }

    /// <summary>Runs in the answer's transaction; a <see cref="Web.BusinessRuleException"/> refuses the whole answer.</summary>
    Task OnAnsweredAsync(SatisfactionSurvey survey, CancellationToken cancellationToken);
}
