using System.Collections.Immutable;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>One page of an API v2 search (<c>GET /api/v2/studies</c>): its studies, and how to ask for the next page.</summary>
/// <remarks>
/// <para>
/// The registry answers a search a page at a time: <c>{"studies": [...], "nextPageToken": "...", "totalCount": n}</c>.
/// Pass <see cref="NextPageToken"/> as the <c>pageToken</c> of the next request until it is null.
/// </para>
/// <para>Equality: reference equality.</para>
/// </remarks>
public sealed class ClinicalTrialsGovSearchPage
{
    /// <summary>Gets one result per study of the page, in the page's order.</summary>
    /// <value>Results with positions 1, 2, … in the page; a study that could not be read is a result with an error, and the others are still read.</value>
    public required ImmutableArray<ClinicalTrialsGovReadResult> Results { get; init; }

    /// <summary>Gets the token that asks for the next page.</summary>
    /// <value>The registry's token, or null on the last page.</value>
    public string? NextPageToken { get; init; }

    /// <summary>Gets how many studies the whole search found.</summary>
    /// <value>The count, or null when the server did not count them (it counts only when asked with <c>countTotal=true</c>, and only on the first page).</value>
    public int? TotalCount { get; init; }

    /// <summary>Describes the page.</summary>
    /// <returns>Text such as <c>10 studies, 3787 in all, more to come</c>.</returns>
    public override string ToString() =>
        $"{Results.Length} studies{(TotalCount is { } total ? $", {total} in all" : "")}{(NextPageToken is null ? ", last page" : ", more to come")}";
}
