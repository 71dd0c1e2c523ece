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

    /// <summary>The survey behind a token in the current LAO, or null (unknown tokens and other LAOs' look the same).</summary>
    Task<SatisfactionSurvey?> FindAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>
    /// The resident's answer through the token: checks and saves it, then lets the module react
    /// (<see cref="ISatisfactionAnswerHandler"/>, e.g. a rated complaint closes), in one transaction. A second answer is
    /// refused with 409; an unknown token 404.
    /// </summary>
    Task<SatisfactionSurvey> AnswerAsync(string? token, string? stars, string? comment, CancellationToken cancellationToken = default);

    /// <summary>
    /// A module's own page took the answer (the complaint tracking page's rating form): recorded on the case's survey
    /// (opened now if the case had none), in the caller's unit of work. The module's handler is not called back.
    /// </summary>
    Task<SatisfactionSurvey> RecordAnswerAsync(SurveyRequest request, int stars, string? comment, CancellationToken cancellationToken = default);

    /// <summary>The signed-in resident's unanswered surveys in the current LAO, newest first.</summary>
    Task<IReadOnlyList<SatisfactionSurvey>> PendingForAsync(Guid userId, CancellationToken cancellationToken = default);
}

/// <summary>A module that reacts when one of its surveys is answered through the token (registered as a service).</summary>
public interface ISatisfactionAnswerHandler
{
    string Module { get; }

    /// <summary>Runs in the answer's transaction; a <see cref="Web.BusinessRuleException"/> refuses the whole answer.</summary>
    Task OnAnsweredAsync(SatisfactionSurvey survey, CancellationToken cancellationToken);
}
