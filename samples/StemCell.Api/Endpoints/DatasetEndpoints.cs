using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using StemCell.Domain.AspNetCore;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;

namespace StemCell.Api;

/// <summary><c>/datasets/validate</c>: a dataset document in, its problems out.</summary>
internal static class DatasetEndpoints
{
    public static IEndpointRouteBuilder MapDatasetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/datasets/validate", Validate)
            .WithTags("Datasets")
            .WithSummary("Validates a dataset document: 200 with what it holds, or 400 with every problem keyed by JSON path.")
            .Accepts<EvidenceDataset>("application/json")
            .WithMetadata(new DisableRequestSizeLimitAttribute());
        return app;
    }

    // Every body is checked as a stream, in flat memory whatever its size and whether or not it is sent with a length,
    // and every problem is reported: the verdict does not depend on how the body arrives.
    private static async Task<Results<Ok<ValidationSummary>, ProblemHttpResult>> Validate(HttpRequest request, CancellationToken cancellationToken)
    {
        var check = await StemCellJson.CheckAsync(request.Body, cancellationToken: cancellationToken);
        return check.IsValid
            ? TypedResults.Ok(new ValidationSummary(check.SourceCount, check.StudyCount))
            : TypedResults.Problem(StemCellProblemDetails.FromProblems(check.Problems));
    }
}

/// <summary>What a valid dataset document holds.</summary>
/// <param name="Sources">How many sources it has.</param>
/// <param name="Studies">How many studies it has.</param>
internal sealed record ValidationSummary(int Sources, int Studies);
