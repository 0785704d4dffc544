using Microsoft.AspNetCore.Http.HttpResults;
using StemCell.Domain.Fhir;

namespace StemCell.Api;

/// <summary>
/// <c>/fhir/ResearchStudy/{id}</c>: one study as FHIR R4, for a downstream service that speaks FHIR.
/// </summary>
/// <remarks>
/// The response is a <c>collection</c> Bundle of the <c>ResearchStudy</c> and the resources it references (its
/// organizations, sites and enrollment group), as <see cref="FhirExporter"/> writes it, so no reference dangles; its
/// sources are cited with their URLs or DOIs. This is an export of the library's data, not a FHIR server: there is no
/// search, no history and no write.
/// </remarks>
internal static class FhirEndpoints
{
    /// <summary>The FHIR JSON media type (FHIR R4, http.html#mime).</summary>
    private const string FhirJson = "application/fhir+json";

    public static IEndpointRouteBuilder MapFhirEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/fhir/ResearchStudy/{id}", Get)
            .WithTags("FHIR")
            .WithSummary("One study as a FHIR R4 Bundle of its ResearchStudy and the resources it references.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson);
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Get(string id, StudyCatalog catalog)
    {
        if (!catalog.TryGetStudy(id, out var study))
        {
            return ApiProblems.StudyNotFound(id);
        }

        try
        {
            return TypedResults.Text(FhirExporter.ToJson(FhirExporter.ToBundle([study], catalog.Index.Dataset.Sources)), FhirJson);
        }
        catch (ArgumentException e)
        {
            // A study FHIR cannot hold, such as an id longer than FHIR's 64 characters (the library allows 100).
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The study cannot be written as FHIR R4.");
        }
    }
}
