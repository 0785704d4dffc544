using System.Globalization;
using StemCell.Domain.ClinicalTrialsGov.Derivation;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;
using Codes = StemCell.Domain.ClinicalTrialsGov.ClinicalTrialsGovCodes;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>
/// Maps ClinicalTrials.gov records into the evidence model: the MS and ALS stem cell trials become studies, every
/// other record is reported with the reason it was left out.
/// </summary>
/// <remarks>
/// <para>
/// A record is in scope when a condition is multiple sclerosis or ALS (its MeSH term D009103 or D000690, or a
/// condition that names the disease) and an intervention is a stem cell therapy. Its registry facts are mapped as the
/// record states them (see the package README for the table): the NCT number, title, sponsor and collaborators,
/// phase, status, design, enrollment and dates with whether they are actual or estimated. What the registry has no
/// field for (the kind of cell, its tissue and donor, the routes, the disease courses, the scales and outcome
/// measures) is read from the free text, and only from a phrase that states it: every such value keeps its field and
/// phrase as <see cref="TermEvidence"/> in the study, and negated phrases, sentences about other work and conflicting
/// phrases derive nothing and are listed in the entry's <see cref="ClinicalTrialsGovImportEntry.NotDerived"/>.
/// </para>
/// <para>
/// Each record becomes a registry-record <see cref="Source"/> with its URL and data date. Records of the same trial
/// (the same NCT number in several inputs) become one study citing every one of them; its values come from the record
/// with the newest data, an API v2 record before a classic one when the dates are equal.
/// </para>
/// <para>The importer holds no state: it is safe to use from several threads at once.</para>
/// </remarks>
public static class ClinicalTrialsGovImporter
{
    /// <summary>Imports records into a dataset, merging the records of one trial into one study.</summary>
    /// <param name="results">What a reader gave, one result per input record.</param>
    /// <returns>The dataset of the trials in scope and one report entry per result, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <remarks>The entries hold every record read; to import more records than fit in memory, use the overload that hands each entry on as it is made.</remarks>
    public static ClinicalTrialsGovImport Import(IEnumerable<ClinicalTrialsGovReadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var entries = new List<ClinicalTrialsGovImportEntry>();
        var dataset = Import(results, entries.Add);
        return new ClinicalTrialsGovImport { Dataset = dataset, Entries = [.. entries] };
    }

    /// <summary>
    /// Imports records into a dataset in memory that does not grow with the records that are skipped or fail: each
    /// record's report entry is handed to <paramref name="report"/> as soon as it is made, and only the studies in scope
    /// are kept.
    /// </summary>
    /// <param name="results">What a reader gave, one result per input record; read once, lazily.</param>
    /// <param name="report">Called with each record's entry, in input order. A record of a trial already imported says so
    /// in its <see cref="ClinicalTrialsGovImportEntry.Reason"/>.</param>
    /// <returns>The dataset: one study per trial, citing every record of it, its values from the record with the newest data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or <paramref name="report"/> is null.</exception>
    public static EvidenceDataset Import(IEnumerable<ClinicalTrialsGovReadResult> results, Action<ClinicalTrialsGovImportEntry> report)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(report);
        // What the dataset needs of each record in scope; the record itself is let go once its entry is reported.
        var trials = new Dictionary<string, List<(Study Study, Source Source, NodaTime.LocalDate DataVersion, int FormatRank, string Input)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var result in results)
        {
            var entry = Map(
                result,
                studyId => trials.TryGetValue(studyId, out var earlier)
                    ? $"The same trial as {earlier[0].Input}; the study cites both records and takes its values from the one with the newest data."
                    : null);
            if (entry is { Study: { } study, RegistrySource: { } source, Record: { } record })
            {
                if (!trials.TryGetValue(study.Id, out var earlier))
                {
                    earlier = [];
                    trials.Add(study.Id, earlier);
                    order.Add(study.Id);
                }

                earlier.Add((study, source, record.DataVersion ?? default, FormatRank(record.Format), $"{entry.Source} #{entry.Position}"));
            }

            report(entry);
        }

        var studies = new List<Study>();
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var trial in order.Select(id => trials[id]))
        {
            var primary = trial.OrderByDescending(r => r.DataVersion).ThenBy(r => r.FormatRank).First();
            var builder = primary.Study.ToBuilder();
            builder.SourceIds.Clear();
            foreach (var (_, source, _, _, _) in trial)
            {
                sources.TryAdd(source.Id, source);
                if (!builder.SourceIds.Contains(source.Id))
                {
                    builder.SourceIds.Add(source.Id);
                }
            }

            studies.Add(builder.Build());
        }

        return new EvidenceDataset(sources.Values, studies);
    }

    /// <summary>Maps one record on its own: the study and source it makes, or why it makes none.</summary>
    /// <param name="result">What a reader gave for the record.</param>
    /// <returns>The record's report entry; for a record in scope it holds the study and its registry-record source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ClinicalTrialsGovImportEntry Map(ClinicalTrialsGovReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Map(result, sameTrialAs: _ => null);
    }

    /// <summary>Maps one record; <paramref name="sameTrialAs"/> gives the reason for a study id an earlier record already made, or null.</summary>
    private static ClinicalTrialsGovImportEntry Map(ClinicalTrialsGovReadResult result, Func<string, string?> sameTrialAs)
    {
        if (result.Record is not { } record)
        {
            return new ClinicalTrialsGovImportEntry
            {
                Source = result.Source,
                Position = result.Position,
                NctId = result.NctId,
                Outcome = ClinicalTrialsGovImportOutcome.Failed,
                Reason = result.Error,
                Warnings = result.Warnings,
            };
        }

        var derivation = RecordDeriver.Derive(record);
        var notDerived = derivation.NotDerived;
        if (derivation.OutOfScope is not null || derivation.Disease is null)
        {
            return Entry(result, record, ClinicalTrialsGovImportOutcome.Skipped, derivation.OutOfScope, derivation);
        }

        var source = RegistrySource(record);
        var builder = new StudyBuilder(StudyId(record.NctId), Title(record), derivation.Disease);
        builder.RegistryIdentifiers.Add(RegistryIdentifier.FromNctId(record.NctId));
        foreach (var secondary in record.SecondaryIds)
        {
            if (secondary.Type == Codes.SecondaryIdType.EudractNumber
                && RegistryIdentifier.TryCreate(Registry.EudraCT, secondary.Id, out var eudract, out _)
                && !builder.RegistryIdentifiers.Contains(eudract))
            {
                builder.RegistryIdentifiers.Add(eudract);
            }
        }

        foreach (var organization in new[] { record.LeadSponsor }.Concat(record.Collaborators).OfType<ClinicalTrialsGovOrganization>())
        {
            var name = organization.Name.Trim();
            if (name.Length > 0 && !builder.Institutions.Any(i => i.Name == name))
            {
                builder.Institutions.Add(new Institution(name));
            }
        }

        builder.Phase = RegistryFacts.Phase(record.Phases, notDerived);
        builder.Status = RegistryFacts.Status(record.OverallStatus, notDerived);
        foreach (var design in RegistryFacts.Designs(record, notDerived))
        {
            builder.Designs.Add(design);
        }

        if (record.Enrollment is { } enrollment)
        {
            builder.Enrollment = enrollment.Count;
            builder.EnrollmentActuality = RegistryFacts.Actuality(enrollment.Type, "enrollment", notDerived);
        }

        if (record.StartDate is { } start)
        {
            builder.StartDate = start.Date;
            builder.StartDateActuality = RegistryFacts.Actuality(start.Type, "start date", notDerived);
        }

        if (record.CompletionDate is { } completion)
        {
            builder.CompletionDate = completion.Date;
            builder.CompletionDateActuality = RegistryFacts.Actuality(completion.Type, "completion date", notDerived);
        }

        foreach (var course in derivation.Courses)
        {
            builder.Courses.Add(course);
        }

        foreach (var intervention in derivation.Interventions)
        {
            builder.Interventions.Add(new Intervention(
                intervention.CellType, intervention.TissueSource, intervention.DonorOrigin, deliveryRoutes: intervention.Routes));
        }

        foreach (var scale in derivation.ClinicalScales)
        {
            builder.ClinicalScales.Add(scale);
        }

        foreach (var measure in derivation.OutcomeMeasures)
        {
            builder.OutcomeMeasures.Add(measure);
        }

        foreach (var value in derivation.Derived)
        {
            builder.Evidence.Add(new TermEvidence(value.Term, value.Field, value.Phrase, source.Id));
        }

        builder.SourceIds.Add(source.Id);

        Study study;
        try
        {
            study = builder.Build();
        }
        catch (ArgumentException exception)
        {
            // The record states something the model rejects, such as a completion date before the start date:
            // report it rather than bend the fact.
            return Entry(result, record, ClinicalTrialsGovImportOutcome.Failed, $"The record's facts do not make a valid study: {exception.Message}", derivation);
        }

        return Entry(result, record, ClinicalTrialsGovImportOutcome.Imported, sameTrialAs(study.Id), derivation, study, source);
    }

    private static ClinicalTrialsGovImportEntry Entry(
        ClinicalTrialsGovReadResult result, ClinicalTrialsGovRecord record, ClinicalTrialsGovImportOutcome outcome, string? reason, RecordDerivation derivation, Study? study = null, Source? source = null) =>
        new()
        {
            Source = result.Source,
            Position = result.Position,
            NctId = record.NctId,
            Outcome = outcome,
            Reason = reason,
            StudyId = study?.Id,
            Record = record,
            Study = study,
            RegistrySource = source,
            Derived = outcome == ClinicalTrialsGovImportOutcome.Skipped ? [] : [.. derivation.Derived],
            NotDerived = [.. derivation.NotDerived],
            Warnings = result.Warnings,
        };

    /// <summary>Which record of a trial the study takes its values from when the data dates are equal: API v2, then the classic API, then the CSV export.</summary>
    private static int FormatRank(ClinicalTrialsGovFormat format) => format switch
    {
        ClinicalTrialsGovFormat.ApiV2 => 0,
        ClinicalTrialsGovFormat.ClassicStudyFields => 1,
        _ => 2,
    };

    private static string StudyId(string nctId) => nctId.ToLowerInvariant();

    private static string Title(ClinicalTrialsGovRecord record) =>
        new[] { record.BriefTitle, record.OfficialTitle }.Select(t => t?.Trim()).FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? record.NctId;

    private static Source RegistrySource(ClinicalTrialsGovRecord record)
    {
        var formatName = record.Format switch
        {
            ClinicalTrialsGovFormat.ApiV2 => "API v2",
            ClinicalTrialsGovFormat.ClassicStudyFields => "classic StudyFields API",
            _ => "classic website CSV export",
        };
        var id = record.DataVersion is { } version
            ? $"ctgov-{StudyId(record.NctId)}-{version.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : $"ctgov-{StudyId(record.NctId)}-{(record.Format == ClinicalTrialsGovFormat.ClassicCsv ? "classic-csv" : "undated")}";
        var notes = record.DataVersion is { } date
            ? $"ClinicalTrials.gov record {record.NctId} as the registry's data stood on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({formatName}): a dated snapshot, older than the live record, which may have changed since."
            : record.Format == ClinicalTrialsGovFormat.ClassicCsv
                ? $"ClinicalTrials.gov record {record.NctId} from the {formatName}, which carries no data date: an old snapshot, at least as old as that retired format; the live record may have changed since."
                : $"ClinicalTrials.gov record {record.NctId} from the {formatName}, which carries no data date; the live record may have changed since.";
        return new Source(
            id,
            $"{record.NctId}: {Title(record)}",
            EvidenceKind.RegistryRecord,
            publisher: "ClinicalTrials.gov",
            publicationDate: record.DataVersion is { } day ? PartialDate.FromDate(day) : null,
            locator: SourceLocator.FromUrl(record.Url.AbsoluteUri),
            notes: notes);
    }
}
