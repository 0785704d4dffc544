using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Api;

/// <summary>
/// <c>/studies</c>: the dataset's studies, filtered by query parameters bound to vocabulary types (a code or a synonym,
/// any case: <c>?disease=als</c>), and one study by id.
/// </summary>
internal static class StudyEndpoints
{
    /// <summary>The query parameters of <c>GET /studies</c>, as <see cref="List"/> names them.</summary>
    private static readonly string[] Filters =
        ["disease", "course", "cellType", "tissue", "donor", "route", "mechanism", "outcome", "phase", "minPhase", "maxPhase", "status", "registry"];

    public static IEndpointRouteBuilder MapStudyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/studies").WithTags("Studies");
        group.MapGet("/", List)
            .WithSummary("The studies that match every filter given, in dataset order.")
            .AddEndpointFilter(async (context, next) =>
            {
                // A misspelt filter (?tisue=) would otherwise be ignored and every study returned as if it matched.
                var unknown = context.HttpContext.Request.Query.Keys.Where(key => !Filters.Contains(key, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
                return unknown.Count == 0
                    ? await next(context)
                    : TypedResults.Problem(
                        detail: $"Unknown query parameter{(unknown.Count == 1 ? string.Empty : "s")} {string.Join(", ", unknown.Select(k => $"'{k}'"))}; "
                            + $"the filters are {string.Join(", ", Filters)}.",
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Unknown query parameter.");
            });
        group.MapGet("/{id}", Get).WithSummary("One study, in the dataset document's format.");
        return app;
    }

    private static Ok<ImmutableArray<Study>> List(
        StudyCatalog catalog,
        [FromQuery] Disease? disease,
        [FromQuery] DiseaseCourse? course,
        [FromQuery] StemCellType? cellType,
        [FromQuery] TissueSource? tissue,
        [FromQuery] DonorOrigin? donor,
        [FromQuery] DeliveryRoute? route,
        [FromQuery] Mechanism? mechanism,
        [FromQuery] OutcomeMeasure? outcome,
        [FromQuery] TrialPhase? phase,
        [FromQuery] TrialPhase? minPhase,
        [FromQuery] TrialPhase? maxPhase,
        [FromQuery] StudyStatus? status,
        [FromQuery] Registry? registry)
    {
        var query = catalog.Index.Studies;
        query = disease is null ? query : query.WithDisease(disease);
        query = course is null ? query : query.WithCourse(course);
        query = cellType is null ? query : query.WithCellType(cellType);
        query = tissue is null ? query : query.WithTissueSource(tissue);
        query = donor is null ? query : query.WithDonorOrigin(donor);
        query = route is null ? query : query.WithRoute(route);
        query = mechanism is null ? query : query.WithMechanism(mechanism);
        query = outcome is null ? query : query.WithOutcomeMeasure(outcome);
        query = phase is null ? query : query.WithPhase(phase);
        query = minPhase is null ? query : query.WithMinimumPhase(minPhase);
        query = maxPhase is null ? query : query.WithMaximumPhase(maxPhase);
        query = status is null ? query : query.WithStatus(status);
        query = registry is null ? query : query.WithRegistry(registry);
        return TypedResults.Ok(query.Execute());
    }

    private static Results<Ok<Study>, ProblemHttpResult> Get(string id, StudyCatalog catalog) =>
        catalog.TryGetStudy(id, out var study) ? TypedResults.Ok(study) : ApiProblems.StudyNotFound(id);
}
