using Microsoft.AspNetCore.Http.HttpResults;

namespace StemCell.Api;

/// <summary>The API's own problem documents (RFC 9457), so every "not found" reads alike.</summary>
internal static class ApiProblems
{
    /// <summary>No study has the id.</summary>
    public static ProblemHttpResult StudyNotFound(string id) =>
        NotFound($"No study has the id '{id}'. GET /studies lists them.");

    /// <summary>No vocabulary has the name.</summary>
    public static ProblemHttpResult VocabularyNotFound(string name) =>
        NotFound($"There is no vocabulary '{name}'. GET /vocabularies lists them.");

    /// <summary>The vocabulary has no term with the code or synonym.</summary>
    public static ProblemHttpResult TermNotFound(string vocabulary, string code) =>
        NotFound($"'{code}' is neither a code nor a synonym of the vocabulary '{vocabulary}'. GET /vocabularies/{vocabulary} lists its terms.");

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");
}
