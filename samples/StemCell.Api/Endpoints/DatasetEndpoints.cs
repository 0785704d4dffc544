using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using StemCell.Domain.AspNetCore;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;

namespace StemCell.Api;

/// <summary><c>/datasets/validate</c>: a dataset document in, its problems out.</summary>
internal static class DatasetEndpoints
{
    // A document up to this size is read whole, so every problem in it is reported; a larger one, or one sent without
    // a length, is streamed one study at a time in flat memory and stops at its first problem.
    internal const long WholeDocumentLimit = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapDatasetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/datasets/validate", Validate)
            .WithTags("Datasets")
            .WithSummary("Validates a dataset document: 200 with what it holds, or 400 with every problem keyed by JSON path.")
            .Accepts<EvidenceDataset>("application/json")
            .WithMetadata(new DisableRequestSizeLimitAttribute());
        return app;
    }

    private static async Task<Results<Ok<ValidationSummary>, ProblemHttpResult>> Validate(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (request.ContentLength is { } length && length <= WholeDocumentLimit)
            {
                var dataset = await StemCellJson.DeserializeAsync(request.Body, cancellationToken: cancellationToken);
                return TypedResults.Ok(new ValidationSummary(Streamed: false, dataset.Sources.Length, dataset.Studies.Length));
            }

            var studies = 0;
            await foreach (var study in StemCellJson.ReadStudiesAsync(request.Body, cancellationToken: cancellationToken))
            {
                studies++;
            }

            return TypedResults.Ok(new ValidationSummary(Streamed: true, Sources: null, studies));
        }
        catch (StemCellJsonException e)
        {
            return TypedResults.Problem(StemCellProblemDetails.FromJsonException(e));
        }
    }
}

/// <summary>What a valid dataset document holds.</summary>
/// <param name="Streamed">Whether the document was streamed (large or of unknown length) rather than read whole.</param>
/// <param name="Sources">How many sources it has; not counted when streamed.</param>
/// <param name="Studies">How many studies it has.</param>
internal sealed record ValidationSummary(bool Streamed, int? Sources, int Studies);
