using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Made-up datasets of any size for measuring, valid by every rule of the model and using every property of the
/// format (<see cref="BaselineRoundTrip.CheckUsesEveryProperty"/> checks it): both diseases and their courses, every
/// cell type the rules allow, routes, phases, statuses, designs, enrollments and dates with their actualities,
/// registry ids, doses, outcome measures and clinical scales, every result kind, time frames, mechanisms, safety,
/// evidence citing the study's source, and sources with claims and notes. Study <c>i</c> is always the same study.
/// </summary>
/// <remarks>
/// Studies of the same <see cref="Variants"/> slot share their (immutable) parts, so a million studies fit in memory
/// the way a real index would hold them: one object graph per study, not one per finding.
/// </remarks>
internal static class SyntheticData
{
    /// <summary>How many different study shapes there are; study <c>i</c> has shape <c>i % Variants</c>.</summary>
    internal const int Variants = 96;

    /// <summary>
    /// The first this many studies of multiple sclerosis are of clinically isolated syndrome, a course no other study
    /// has: a query for it has the same few answers in a dataset of any size, which is what shows an indexed query's
    /// cost following its answers rather than the dataset.
    /// </summary>
    internal const int RareCourseLimit = 16;

    internal static readonly ImmutableArray<Source> Sources =
    [
        new Source("synthetic-registry", "A made-up registry export", EvidenceKind.RegistryRecord, publisher: "Benchmarks"),
        new Source(
            "synthetic-publication",
            "A made-up peer-reviewed publication",
            EvidenceKind.PeerReviewedPublication,
            authors: ["A. Author", "B. Author"],
            publicationDate: PartialDate.FromYearMonth(2024, 5),
            locator: SourceLocator.FromDoi("10.1000/synthetic.2024.1"),
            claims: [new Claim(Disease.MultipleSclerosis, "in people with multiple sclerosis"), new Claim(StemCellType.Mesenchymal, "mesenchymal stem cells")]),
        new Source(
            "synthetic-report",
            "A made-up secondary report",
            EvidenceKind.SecondaryReport,
            publicationDate: PartialDate.FromYear(2023),
            notes: "Generated for benchmarks; not a real source."),
    ];

    private static readonly StudyParts[] Parts = [.. Enumerable.Range(0, Variants).Select(CreateParts)];

    /// <summary>A dataset of <paramref name="count"/> studies citing <see cref="Sources"/>.</summary>
    internal static EvidenceDataset Dataset(int count) => new(Sources, Studies(count));

    /// <summary>Studies <c>0</c> to <c>count - 1</c>.</summary>
    internal static ImmutableArray<Study> Studies(int count)
    {
        var builder = ImmutableArray.CreateBuilder<Study>(count);
        for (var i = 0; i < count; i++)
        {
            builder.Add(Study(i));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Study <paramref name="index"/>.</summary>
    internal static Study Study(int index)
    {
        var parts = Parts[index % Variants];
        return new Study(
            $"synthetic-study-{index}",
            $"Synthetic study {index}: {parts.Title}",
            parts.Disease,
            parts.Institutions,
            index < RareCourseLimit && parts.Disease == Disease.MultipleSclerosis ? [DiseaseCourse.ClinicallyIsolatedSyndrome] : parts.Courses,
            parts.Phase,
            parts.Status,
            parts.Designs,
            enrollment: 12 + (index % 480),
            enrollmentActuality: index % 2 == 0 ? Actuality.Actual : Actuality.Estimated,
            reportedIn: PartialDate.FromYear(2015 + (index % 10)),
            startDate: PartialDate.FromYearMonth(2010 + (index % 10), 1 + (index % 12)),
            startDateActuality: Actuality.Actual,
            completionDate: PartialDate.FromDate(2021 + (index % 4), 1 + (index % 12), 1 + (index % 28)),
            completionDateActuality: index % 3 == 0 ? Actuality.Estimated : Actuality.Actual,
            registryIdentifiers: [RegistryIdentifier.FromNctId($"NCT{index % 100_000_000:D8}")],
            interventions: parts.Interventions,
            outcomeMeasures: parts.OutcomeMeasures,
            clinicalScales: parts.ClinicalScales,
            findings: parts.Findings,
            mechanisms: parts.Mechanisms,
            safety: parts.Safety,
            evidence: parts.Evidence,
            sourceIds: parts.SourceIds,
            notes: index % 3 == 0 ? "Generated for benchmarks; not a real study." : null);
    }

    /// <summary>A dataset document of <paramref name="count"/> studies as UTF-8 bytes, written by the library.</summary>
    internal static byte[] DocumentBytes(int count) => StemCellJson.SerializeToUtf8Bytes(Dataset(count));

    /// <summary>
    /// A dataset document of <paramref name="count"/> studies as a stream written on the fly, study by study, so a
    /// document of a million studies (gigabytes of JSON) is read without ever being held in memory or on disk.
    /// </summary>
    internal static Stream DocumentStream(int count) => new SyntheticDocumentStream(count);

    /// <summary>Writes the document of <paramref name="count"/> studies to <paramref name="path"/>, a study at a time, in flat memory.</summary>
    /// <returns>The file's length in bytes.</returns>
    internal static long WriteDocument(string path, int count)
    {
        using var document = DocumentStream(count);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        document.CopyTo(file, 1 << 16);
        return file.Length;
    }

    /// <summary>About how many studies make a document of <paramref name="bytes"/> bytes (within a study's length).</summary>
    internal static int StudiesForSize(long bytes) => SyntheticDocumentStream.StudiesForSize(bytes);

    private static StudyParts CreateParts(int variant)
    {
        var ms = variant % 2 == 0;
        var disease = ms ? Disease.MultipleSclerosis : Disease.AmyotrophicLateralSclerosis;
        DiseaseCourse[] msCourses = [DiseaseCourse.RelapsingRemittingMs, DiseaseCourse.SecondaryProgressiveMs, DiseaseCourse.PrimaryProgressiveMs];
        DiseaseCourse[] alsCourses = [DiseaseCourse.SporadicAls, DiseaseCourse.FamilialAls];
        DiseaseCourse[] courses = ms ? [msCourses[variant / 2 % 3]] : [alsCourses[variant / 2 % 2]];

        // A transplant after conditioning is only of hematopoietic cells; the other cell types get a route instead.
        StemCellType[] msCellTypes = [StemCellType.Mesenchymal, StemCellType.Hematopoietic, StemCellType.InducedPluripotent, StemCellType.Neural];
        StemCellType[] alsCellTypes = [StemCellType.Mesenchymal, StemCellType.Neural, StemCellType.InducedPluripotent];
        var cellTypes = ms ? msCellTypes : alsCellTypes;
        var cellType = cellTypes[variant / 2 % cellTypes.Length];
        var transplant = cellType == StemCellType.Hematopoietic;
        var routes = DeliveryRoute.All;
        var intervention = new Intervention(
            cellType,
            tissueSource: cellType.Sources.IsEmpty ? null : cellType.Sources[variant % cellType.Sources.Length],
            donorOrigin: transplant || variant % 3 == 0 ? DonorOrigin.Autologous : DonorOrigin.Allogeneic,
            deliveryRoutes: [transplant ? DeliveryRoute.Intravenous : routes[variant % routes.Length]],
            conditioningRegimen: transplant ? "high-dose cyclophosphamide and anti-thymocyte globulin" : null,
            dose: new Dose(1_000_000m * (1 + (variant % 5)), DoseUnit.CellsPerKilogram),
            numberOfAdministrations: 1 + (variant % 3));

        var scale = ms ? ClinicalScale.Edss : ClinicalScale.AlsfrsR;
        ImmutableArray<string> cited = [Sources[variant % Sources.Length].Id];
        Finding[] findings =
        [
            new(
                ms ? OutcomeMeasure.DisabilityProgression : OutcomeMeasure.MotorFunction,
                ms ? OutcomeDirection.Stabilized : OutcomeDirection.SlowedDecline,
                Population.AllParticipants,
                "no evidence of disease progression in most participants",
                cited,
                new Proportion(0.75m, 15, 20),
                Period.FromYears(1 + (variant % 5))),
            new(
                ms ? OutcomeMeasure.Mobility : OutcomeMeasure.FunctionalRating,
                OutcomeDirection.Improved,
                Population.Subgroup("participants under 50"),
                "scores improved in younger participants",
                cited,
                ms ? new ScaleScore(scale, 3.5m) : new ScaleChange(scale, -2m),
                Period.FromMonths(6 + (variant % 18))),
            new(
                OutcomeMeasure.Survival,
                OutcomeDirection.Improved,
                Population.AllParticipants,
                "a lower hazard of death or progression than matched controls",
                cited,
                new HazardRatio(0.62m, new ConfidenceInterval(0.41m, 0.93m))),
        ];

        // Evidence for two of the study's values, from the one source the study cites.
        TermEvidence[] evidence =
        [
            new(disease, "conditions[0]", ms ? "multiple sclerosis" : "amyotrophic lateral sclerosis", cited[0]),
            new(intervention.DeliveryRoutes[0], "interventions[0].description", $"given by the {intervention.DeliveryRoutes[0].Code} route", cited[0]),
        ];

        var phases = TrialPhase.All;
        var statuses = StudyStatus.All;
        var designs = StudyDesign.All;
        return new StudyParts(
            $"{cellType.DisplayName} in {disease.DisplayName}",
            disease,
            [new Institution($"Synthetic Research Centre {variant}", variant % 2 == 0 ? "GB" : "US")],
            courses,
            phases[variant % phases.Length],
            statuses[variant % statuses.Length],
            [designs[variant % designs.Length], designs[(variant + 3) % designs.Length]],
            [intervention],
            [.. findings.Select(f => f.OutcomeMeasure).Distinct()],
            [scale],
            findings,
            [
                new ProposedMechanism(transplant ? Mechanism.ImmuneReset : Mechanism.Neuroprotection, "the cells are thought to protect surviving neurons"),
                new ProposedMechanism(Mechanism.ImmuneModulation, "and to damp the harmful immune response"),
            ],
            new SafetyProfile(cited, Tolerability.WellTolerated, ["headache", "transient fever"], transplant ? ["chemotherapy toxicity"] : null, "well tolerated overall"),
            evidence,
            cited);
    }

    private sealed record StudyParts(
        string Title,
        Disease Disease,
        Institution[] Institutions,
        DiseaseCourse[] Courses,
        TrialPhase Phase,
        StudyStatus Status,
        StudyDesign[] Designs,
        Intervention[] Interventions,
        OutcomeMeasure[] OutcomeMeasures,
        ClinicalScale[] ClinicalScales,
        Finding[] Findings,
        ProposedMechanism[] Mechanisms,
        SafetyProfile Safety,
        TermEvidence[] Evidence,
        ImmutableArray<string> SourceIds);

    /// <summary>
    /// A dataset document produced a study at a time: the head (version and sources) as the library writes it, then
    /// study <c>i</c> as the library writes study <c>i % Variants</c>, with its own id. Producing it costs a copy of
    /// bytes per study, so what reads it is what is measured.
    /// </summary>
    private sealed class SyntheticDocumentStream(int count) : Stream
    {
        private static readonly byte[] Head = CutHead();
        private static readonly byte[][] Templates = [.. Enumerable.Range(0, Variants).Select(i => JsonSerializer.SerializeToUtf8Bytes(Study(i), StemCellJson.StudyTypeInfo))];

        private readonly MemoryStream _pending = new();

        internal static int StudiesForSize(long bytes)
        {
            // A study's bytes: its template, a comma, and an id about four digits longer than the template's (ids of
            // hundreds of thousands against the templates' 0 to 95); the memory mode prints the length written.
            var perStudy = Templates.Average(t => t.Length) + 5;
            return (int)Math.Clamp((bytes - Head.Length) / perStudy, 0, int.MaxValue);
        }
        private int _produced = -1; // -1: the head is next; count: the tail is next; count + 1: the end.

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_pending.Position == _pending.Length && !ProduceNext())
            {
                return 0;
            }

            return _pending.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _pending.Dispose();
            }

            base.Dispose(disposing);
        }

        private static byte[] CutHead()
        {
            var document = Encoding.UTF8.GetString(StemCellJson.SerializeToUtf8Bytes(new EvidenceDataset(Sources, [Study(0)])));
            const string Studies = "\"studies\": [";
            return Encoding.UTF8.GetBytes(document[..(document.IndexOf(Studies, StringComparison.Ordinal) + Studies.Length)]);
        }

        private bool ProduceNext()
        {
            if (_produced > count)
            {
                return false;
            }

            _pending.SetLength(0);
            if (_produced < 0)
            {
                _pending.Write(Head);
            }
            else if (_produced < count)
            {
                WriteStudy(_produced);
            }
            else
            {
                _pending.Write("]}"u8);
            }

            _produced++;
            _pending.Position = 0;
            return true;
        }

        private void WriteStudy(int index)
        {
            // The template starts {"id":"synthetic-study-<variant>", ...: swap in this study's id.
            var template = Templates[index % Variants].AsSpan();
            var idStart = template.IndexOf("synthetic-study-"u8);
            var idEnd = idStart + template[idStart..].IndexOf((byte)'"');
            if (index > 0)
            {
                _pending.WriteByte((byte)',');
            }

            _pending.Write(template[..idStart]);
            Span<byte> id = stackalloc byte[32];
            "synthetic-study-"u8.CopyTo(id);
            index.TryFormat(id[16..], out var digits, provider: CultureInfo.InvariantCulture);
            _pending.Write(id[..(16 + digits)]);
            _pending.Write(template[idEnd..]);
        }
    }
}
