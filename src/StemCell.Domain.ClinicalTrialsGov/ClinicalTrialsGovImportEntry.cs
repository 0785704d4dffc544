using System.Collections.Immutable;
using StemCell.Domain.Model;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>What became of one input record in an import.</summary>
public enum ClinicalTrialsGovImportOutcome
{
    /// <summary>The record is an MS or ALS stem cell trial, and its study is in the imported dataset.</summary>
    Imported,

    /// <summary>The record was read but is out of scope (another disease, or no stem cell intervention); <see cref="ClinicalTrialsGovImportEntry.Reason"/> says which.</summary>
    Skipped,

    /// <summary>The record could not be read or mapped; <see cref="ClinicalTrialsGovImportEntry.Reason"/> says why.</summary>
    Failed,
}

/// <summary>The import report's line for one input record: what became of it, the registry facts it states, and what was derived from its text.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class ClinicalTrialsGovImportEntry
{
    /// <summary>Gets where the record came from.</summary>
    /// <value>The reader's <see cref="ClinicalTrialsGovReadResult.Source"/>.</value>
    public required string Source { get; init; }

    /// <summary>Gets the record's position in its source.</summary>
    /// <value>1 for the first record of the source.</value>
    public required int Position { get; init; }

    /// <summary>Gets the record's NCT number.</summary>
    /// <value>An NCT number, or null when the record was too broken to show one.</value>
    public string? NctId { get; init; }

    /// <summary>Gets what became of the record.</summary>
    /// <value>Imported, skipped or failed.</value>
    public required ClinicalTrialsGovImportOutcome Outcome { get; init; }

    /// <summary>Gets why the record was skipped or failed, or how it joined another record's study.</summary>
    /// <value>A sentence, or null for a record imported as its own study.</value>
    public string? Reason { get; init; }

    /// <summary>Gets the id of the study the record is part of.</summary>
    /// <value>A study id such as <c>nct03280056</c>, or null when the record was not imported.</value>
    public string? StudyId { get; init; }

    /// <summary>Gets the record as read.</summary>
    /// <value>The record, or null when it could not be read.</value>
    public ClinicalTrialsGovRecord? Record { get; init; }

    /// <summary>Gets the study built from the record alone, before records of the same trial are merged.</summary>
    /// <value>A study citing <see cref="RegistrySource"/>, or null when the record was not imported.</value>
    public Study? Study { get; init; }

    /// <summary>Gets the source that stands for the record in the dataset.</summary>
    /// <value>A registry-record source with the record's URL and data date, or null when the record was not imported.</value>
    public Source? RegistrySource { get; init; }

    /// <summary>Gets the values derived from the record's free text, each with the phrase it rests on.</summary>
    /// <value>Derived values in the order found; empty when none.</value>
    public ImmutableArray<ClinicalTrialsGovDerivedValue> Derived { get; init; } = [];

    /// <summary>Gets what the record's text names that was not derived, and why.</summary>
    /// <value>Entries in the order found; empty when none.</value>
    public ImmutableArray<ClinicalTrialsGovNotDerivedValue> NotDerived { get; init; } = [];

    /// <summary>Gets what the reader kept but could not interpret.</summary>
    /// <value>The reader's warnings; empty when none.</value>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>Describes the entry.</summary>
    /// <returns>Text such as <c>NCT03280056: imported as nct03280056</c>.</returns>
    public override string ToString() => Outcome switch
    {
        ClinicalTrialsGovImportOutcome.Imported => $"{NctId}: imported as {StudyId}",
        _ => $"{NctId ?? $"{Source} #{Position}"}: {Outcome.ToString().ToLowerInvariant()}: {Reason}",
    };
}

/// <summary>The result of importing ClinicalTrials.gov records: the dataset of the trials in scope, and a report line per record.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class ClinicalTrialsGovImport
{
    /// <summary>Gets the imported dataset: one study per trial, citing a registry-record source for each record of it.</summary>
    /// <value>A dataset that passes <see cref="EvidenceDataset.Validate"/>.</value>
    public required EvidenceDataset Dataset { get; init; }

    /// <summary>Gets one entry per input record, in input order.</summary>
    /// <value>The report's entries.</value>
    public required ImmutableArray<ClinicalTrialsGovImportEntry> Entries { get; init; }

    /// <summary>Gets how many records were imported.</summary>
    /// <value>A count.</value>
    public int ImportedCount => Entries.Count(e => e.Outcome == ClinicalTrialsGovImportOutcome.Imported);

    /// <summary>Gets how many records were skipped as out of scope.</summary>
    /// <value>A count.</value>
    public int SkippedCount => Entries.Count(e => e.Outcome == ClinicalTrialsGovImportOutcome.Skipped);

    /// <summary>Gets how many records failed.</summary>
    /// <value>A count.</value>
    public int FailedCount => Entries.Count(e => e.Outcome == ClinicalTrialsGovImportOutcome.Failed);
}
