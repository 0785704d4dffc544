using System.Collections.Immutable;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>What reading one record of a ClinicalTrials.gov input gave: the record, or why it could not be read.</summary>
/// <remarks>
/// <para>
/// A reader gives one result per record of its input, in input order, so a page or zip with one bad record still
/// gives every other record. Exactly one of <see cref="Record"/> and <see cref="Error"/> is set. <see cref="Warnings"/>
/// lists what the reader kept but could not interpret, such as a coded value the library does not know.
/// </para>
/// <para>Equality: reference equality.</para>
/// </remarks>
public sealed class ClinicalTrialsGovReadResult
{
    /// <summary>Gets where the record came from.</summary>
    /// <value>A file name, or an entry in a zip (<c>studies.zip!NCT03280056.json</c>), or a folder of classic chunk files.</value>
    public required string Source { get; init; }

    /// <summary>Gets the record's position in its input.</summary>
    /// <value>1 for the first record of the input; in a zip, positions count the records of the whole zip, whichever entry they are in.</value>
    public required int Position { get; init; }

    /// <summary>Gets the record's NCT number, when it could be found.</summary>
    /// <value>An NCT number, or null when the record is too broken to show one.</value>
    public string? NctId { get; init; }

    /// <summary>Gets the record.</summary>
    /// <value>The record, or null when it could not be read (see <see cref="Error"/>).</value>
    public ClinicalTrialsGovRecord? Record { get; init; }

    /// <summary>Gets why the record could not be read.</summary>
    /// <value>A message naming where in the record the problem is (a JSON path, a CSV line and column) and what was expected, or null when the record was read.</value>
    public string? Error { get; init; }

    /// <summary>Gets what the reader kept but could not interpret.</summary>
    /// <value>Messages such as <c>$.protocolSection.designModule.phases[0]: 'PHASE5' is not a phase the library knows; kept as text.</c>; empty when there is nothing to say.</value>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>Describes the result.</summary>
    /// <returns>Text such as <c>studies.json #2 NCT03280056: read</c>.</returns>
    public override string ToString() => $"{Source} #{Position} {NctId ?? "(no NCT id)"}: {Error ?? "read"}";
}
