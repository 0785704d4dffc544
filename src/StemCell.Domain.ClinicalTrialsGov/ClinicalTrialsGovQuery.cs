using System.Collections.Immutable;
using System.Text;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>A search of the registry's API v2 (<c>GET studies</c>), for <see cref="ClinicalTrialsGovClient.SearchAsync"/>.</summary>
/// <remarks>
/// <para>
/// Each property maps to one parameter of the API; a property that is not set sends nothing, so the registry's own
/// default applies. The search expressions use the registry's search syntax (see
/// <see href="https://clinicaltrials.gov/find-studies/constructing-complex-search-queries"/>) and are sent as given,
/// URL-encoded.
/// </para>
/// <list type="table">
/// <listheader><term>Property</term><description>API parameter</description></listheader>
/// <item><term><see cref="Condition"/></term><description><c>query.cond</c></description></item>
/// <item><term><see cref="Intervention"/></term><description><c>query.intr</c></description></item>
/// <item><term><see cref="Term"/></term><description><c>query.term</c></description></item>
/// <item><term><see cref="OverallStatuses"/></term><description><c>filter.overallStatus</c>, the codes joined with commas</description></item>
/// <item><term><see cref="PageSize"/></term><description><c>pageSize</c> (the registry's default is 10)</description></item>
/// <item><term><see cref="MaxRecords"/></term><description>none: the client stops after this many records</description></item>
/// </list>
/// <para>
/// Every property is checked when it is set, so an instance is valid or is not made at all. Derive variants with
/// <c>with</c>.
/// </para>
/// <para>Equality: value equality of every property, <see cref="OverallStatuses"/> compared element by element (ordinal).</para>
/// </remarks>
public sealed record ClinicalTrialsGovQuery
{
    /// <summary>The largest page the registry serves.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Gets the condition or disease to search for (<c>query.cond</c>).</summary>
    /// <value>A search expression such as <c>multiple sclerosis</c>, or null for any condition.</value>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string? Condition
    {
        get;
        init => field = CheckExpression(value, nameof(Condition));
    }

    /// <summary>Gets the intervention or treatment to search for (<c>query.intr</c>).</summary>
    /// <value>A search expression such as <c>mesenchymal stem cells</c>, or null for any intervention.</value>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string? Intervention
    {
        get;
        init => field = CheckExpression(value, nameof(Intervention));
    }

    /// <summary>Gets other terms to search for anywhere in the record (<c>query.term</c>).</summary>
    /// <value>A search expression such as <c>AREA[Phase]PHASE3</c>, or null.</value>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string? Term
    {
        get;
        init => field = CheckExpression(value, nameof(Term));
    }

    /// <summary>Gets the overall statuses a study must have one of (<c>filter.overallStatus</c>).</summary>
    /// <value>
    /// Codes in their API v2 spelling, such as <see cref="ClinicalTrialsGovCodes.Status.Recruiting"/>; empty (the default) for any
    /// status. A code the library does not list is sent as given, since the registry adds statuses over time.
    /// </value>
    /// <exception cref="ArgumentException">A code is null or is not upper-case letters and underscores.</exception>
    public ImmutableArray<string> OverallStatuses
    {
        get;
        init => field = CheckStatuses(value, nameof(OverallStatuses));
    } = [];

    /// <summary>Gets how many studies to ask for in each page (<c>pageSize</c>).</summary>
    /// <value>1 to <see cref="MaxPageSize"/>, or null for the registry's default (10).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="MaxPageSize"/>.</exception>
    public int? PageSize
    {
        get;
        init => field = value is null or (>= 1 and <= MaxPageSize)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PageSize), value, $"A page holds 1 to {MaxPageSize} studies.");
    }

    /// <summary>Gets how many records to give at most; the client asks for no further page once it has given this many.</summary>
    /// <value>A positive number, or null for every record the search finds.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? MaxRecords
    {
        get;
        init => field = value is null or >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRecords), value, "At least one record must be asked for.");
    }

    /// <summary>Tells whether this query and another ask for the same search.</summary>
    /// <param name="other">The other query.</param>
    /// <returns><see langword="true"/> when every property is equal, <see cref="OverallStatuses"/> element by element.</returns>
    public bool Equals(ClinicalTrialsGovQuery? other) =>
        other is not null
        && Condition == other.Condition
        && Intervention == other.Intervention
        && Term == other.Term
        && OverallStatuses.SequenceEqual(other.OverallStatuses, StringComparer.Ordinal)
        && PageSize == other.PageSize
        && MaxRecords == other.MaxRecords;

    /// <summary>Returns a hash code consistent with <see cref="Equals(ClinicalTrialsGovQuery)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Condition, StringComparer.Ordinal);
        hash.Add(Intervention, StringComparer.Ordinal);
        hash.Add(Term, StringComparer.Ordinal);
        foreach (var status in OverallStatuses)
        {
            hash.Add(status, StringComparer.Ordinal);
        }

        hash.Add(PageSize);
        hash.Add(MaxRecords);
        return hash.ToHashCode();
    }

    /// <summary>Describes the query as the API parameters it sends, not URL-encoded.</summary>
    /// <returns>Text such as <c>query.cond=multiple sclerosis&amp;filter.overallStatus=RECRUITING&amp;pageSize=100</c>, plus <c>maxRecords=N</c> when set; empty for a query with nothing set.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in Parameters())
        {
            text.Append(text.Length == 0 ? "" : "&").Append(name).Append('=').Append(value);
        }

        if (MaxRecords is { } maxRecords)
        {
            text.Append(text.Length == 0 ? "" : "&").Append("maxRecords=").Append(maxRecords);
        }

        return text.ToString();
    }

    /// <summary>The API parameters the query sends, in a fixed order, not URL-encoded.</summary>
    internal IEnumerable<(string Name, string Value)> Parameters()
    {
        if (Condition is not null)
        {
            yield return ("query.cond", Condition);
        }

        if (Intervention is not null)
        {
            yield return ("query.intr", Intervention);
        }

        if (Term is not null)
        {
            yield return ("query.term", Term);
        }

        if (!OverallStatuses.IsEmpty)
        {
            yield return ("filter.overallStatus", string.Join(',', OverallStatuses));
        }

        if (PageSize is { } pageSize)
        {
            yield return ("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string? CheckExpression(string? value, string paramName) =>
        value is null || !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ArgumentException("A search expression must not be empty or white space; leave it null to search for anything.", paramName);

    private static ImmutableArray<string> CheckStatuses(ImmutableArray<string> value, string paramName)
    {
        if (value.IsDefault)
        {
            return [];
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is not { Length: > 0 } code || !code.All(c => c is (>= 'A' and <= 'Z') or '_'))
            {
                throw new ArgumentException(
                    $"Element {i} ('{value[i]}') is not a status code: expected upper-case letters and underscores, such as '{ClinicalTrialsGovCodes.Status.Recruiting}'.",
                    paramName);
            }
        }

        return value;
    }
}
