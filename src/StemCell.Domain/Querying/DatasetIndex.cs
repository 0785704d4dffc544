using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Querying;

/// <summary>
/// An <see cref="EvidenceDataset"/> prepared for questions: its studies and sources by id, and every study by the
/// vocabulary terms it mentions, so a lookup takes constant time and a <see cref="StudyQuery"/> never scans the dataset.
/// </summary>
/// <remarks>
/// <para>
/// Build an index once per dataset and keep it: construction reads every study once and builds every index; nothing is
/// built later. An index is immutable, so one instance can serve any number of threads without locking.
/// </para>
/// <para>
/// Each study is indexed under the terms its sources state, read from these parts of <see cref="Study"/> and nothing
/// inferred from the vocabulary (a mesenchymal cell therapy is not indexed under the tissues or mechanisms such cells
/// can have, only under those stated):
/// </para>
/// <list type="table">
/// <listheader><term>Criterion</term><description>Read from</description></listheader>
/// <item><term>disease</term><description><see cref="Study.Disease"/></description></item>
/// <item><term>course</term><description><see cref="Study.Courses"/></description></item>
/// <item><term>cell type</term><description><see cref="Intervention.StemCellType"/> of each of <see cref="Study.Interventions"/></description></item>
/// <item><term>tissue source</term><description><see cref="Intervention.TissueSource"/> of each intervention, when stated</description></item>
/// <item><term>route</term><description><see cref="Intervention.DeliveryRoutes"/> of each intervention</description></item>
/// <item><term>mechanism</term><description><see cref="ProposedMechanism.Mechanism"/> of each of <see cref="Study.Mechanisms"/> (what the study's sources propose, not <see cref="StemCellType.Mechanisms"/>)</description></item>
/// <item><term>outcome measure</term><description><see cref="Finding.OutcomeMeasure"/> of each of <see cref="Study.Findings"/></description></item>
/// <item><term>phase</term><description><see cref="Study.Phase"/>, when stated</description></item>
/// <item><term>status</term><description><see cref="Study.Status"/>, when stated</description></item>
/// </list>
/// <para>
/// An index needs only what lookups need: unique study ids and unique source ids. It accepts a dataset that
/// <see cref="EvidenceDataset.Validate"/> would fault for other reasons (a citation of an unknown source, a course of
/// another disease) and indexes it as it stands; validate a dataset from an untrusted document before relying on it.
/// </para>
/// <para>Equality: reference equality.</para>
/// </remarks>
public sealed class DatasetIndex
{
    // Positions in the dataset's lists by id; plain dictionaries (see Postings), never written after they are built.
    private readonly Dictionary<string, int> _studiesById;
    private readonly Dictionary<string, int> _sourcesById;

    /// <summary>Initializes a new instance of the <see cref="DatasetIndex"/> class, building every index of a dataset.</summary>
    /// <param name="dataset">The dataset, whose study ids and source ids must each be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// Two studies, or two sources, share an id; the message names the id and the positions of both
    /// (<c>studies[0]</c> and <c>studies[2]</c>).
    /// </exception>
    public DatasetIndex(EvidenceDataset dataset)
    {
        Dataset = Preconditions.CheckNotNull(dataset);
        _studiesById = ById(dataset.Studies, s => s.Id, "studies", "study", nameof(dataset));
        _sourcesById = ById(dataset.Sources, s => s.Id, "sources", "source", nameof(dataset));

        var studies = dataset.Studies;
        ByDisease = Postings<IVocabularyTerm>.Build(studies, static (s, terms) => terms.Add(s.Disease));
        ByCourse = Postings<IVocabularyTerm>.Build(studies, static (s, terms) =>
        {
            foreach (var course in s.Courses)
            {
                terms.Add(course);

                // Secondary and primary progressive MS are kinds of progressive MS, so a study of either is also one of progressive MS.
                if (course == DiseaseCourse.SecondaryProgressiveMs || course == DiseaseCourse.PrimaryProgressiveMs)
                {
                    terms.Add(DiseaseCourse.ProgressiveMs);
                }
            }
        });
        ByCellType = Postings<IVocabularyTerm>.Build(studies, static (s, terms) => terms.AddEach(s.Interventions, i => i.StemCellType));
        ByTissueSource = Postings<IVocabularyTerm>.Build(studies, static (s, terms) => terms.AddEach(s.Interventions, i => i.TissueSource));
        ByRoute = Postings<IVocabularyTerm>.Build(studies, static (s, terms) =>
        {
            foreach (var intervention in s.Interventions)
            {
                foreach (var route in intervention.DeliveryRoutes)
                {
                    terms.Add(route);
                }
            }
        });
        ByMechanism = Postings<IVocabularyTerm>.Build(studies, static (s, terms) => terms.AddEach(s.Mechanisms, m => m.Mechanism));
        ByDonorOrigin = Postings<IVocabularyTerm>.Build(studies, static (s, terms) => terms.AddEach(s.Interventions, i => i.DonorOrigin));

        // What a study measures: the outcome measures it registers and those its findings report.
        ByOutcomeMeasure = Postings<IVocabularyTerm>.Build(studies, static (s, terms) =>
        {
            terms.AddEach(s.OutcomeMeasures, m => m);
            terms.AddEach(s.Findings, f => f.OutcomeMeasure);
        });
        ByPhase = Postings<IVocabularyTerm>.Build(studies, static (s, terms) => terms.Add(s.Phase));
        ByStatus = Postings<IVocabularyTerm>.Build(studies, static (s, terms) => terms.Add(s.Status));
        ByStartYear = Postings<int>.Build(studies, static (s, years) =>
        {
            if (s.StartDate is { } start)
            {
                years.Add(start.Year);
            }
        });
        StartYears = [.. studies.Where(s => s.StartDate is not null).Select(s => s.StartDate!.Value.Year).Distinct().Order()];
        ByRegistry = Postings<IVocabularyTerm>.Build(studies, static (s, terms) => terms.AddEach(s.RegistryIdentifiers, r => r.Registry));
        ByRegistryIdentifier = Postings<string>.Build(studies, static (s, values) => values.AddEach(s.RegistryIdentifiers, r => r.Value));
        ByEnrollment = [.. studies
            .Select((study, position) => (study.Enrollment, position))
            .Where(e => e.Enrollment is not null)
            .Select(e => (Enrollment: e.Enrollment!.Value, Position: e.position))
            .OrderBy(e => e.Enrollment)];
        Studies = new StudyQuery(this, []);
    }

    /// <summary>Gets the dataset the index was built from.</summary>
    /// <value>The dataset, unchanged.</value>
    public EvidenceDataset Dataset { get; }

    /// <summary>Gets a query that matches every study, to narrow with its <c>With…</c> methods.</summary>
    /// <value>A query with no criterion; its <see cref="StudyQuery.Execute"/> returns <see cref="EvidenceDataset.Studies"/>.</value>
    public StudyQuery Studies { get; }

    internal Postings<IVocabularyTerm> ByDisease { get; }

    internal Postings<IVocabularyTerm> ByCourse { get; }

    internal Postings<IVocabularyTerm> ByCellType { get; }

    internal Postings<IVocabularyTerm> ByTissueSource { get; }

    internal Postings<IVocabularyTerm> ByRoute { get; }

    internal Postings<IVocabularyTerm> ByMechanism { get; }

    internal Postings<IVocabularyTerm> ByOutcomeMeasure { get; }

    internal Postings<IVocabularyTerm> ByPhase { get; }

    internal Postings<IVocabularyTerm> ByStatus { get; }

    internal Postings<IVocabularyTerm> ByDonorOrigin { get; }

    internal Postings<int> ByStartYear { get; }

    /// <summary>Gets the years in which studies of the dataset started, ascending.</summary>
    internal ImmutableArray<int> StartYears { get; }

    internal Postings<IVocabularyTerm> ByRegistry { get; }

    internal Postings<string> ByRegistryIdentifier { get; }

    /// <summary>Gets the studies that state an enrollment, by enrollment ascending, so a minimum is one binary search.</summary>
    internal ImmutableArray<(int Enrollment, int Position)> ByEnrollment { get; }

    /// <summary>Finds the study with an id.</summary>
    /// <param name="id">The study's id, such as <c>johns-hopkins-nsc-als-2023</c>; compared ordinally, so case matters.</param>
    /// <returns>The study.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no study with that id; the message names the id.</exception>
    public Study GetStudy(string id) =>
        TryGetStudy(Preconditions.CheckNotNull(id), out var study)
            ? study
            : throw new KeyNotFoundException($"The dataset has no study with the id '{id}'.");

    /// <summary>Tries to find the study with an id.</summary>
    /// <param name="id">The study's id; compared ordinally. Null finds nothing.</param>
    /// <param name="study">The study, or null when there is none.</param>
    /// <returns><see langword="true"/> when the dataset has a study with that id.</returns>
    public bool TryGetStudy([NotNullWhen(true)] string? id, [NotNullWhen(true)] out Study? study)
    {
        study = id is not null && _studiesById.TryGetValue(id, out var position) ? Dataset.Studies[position] : null;
        return study is not null;
    }

    /// <summary>Finds the source with an id.</summary>
    /// <param name="id">The source's id, such as a <see cref="Study.SourceIds"/> entry; compared ordinally, so case matters.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no source with that id; the message names the id.</exception>
    public Source GetSource(string id) =>
        TryGetSource(Preconditions.CheckNotNull(id), out var source)
            ? source
            : throw new KeyNotFoundException($"The dataset has no source with the id '{id}'.");

    /// <summary>Tries to find the source with an id.</summary>
    /// <param name="id">The source's id; compared ordinally. Null finds nothing.</param>
    /// <param name="source">The source, or null when there is none.</param>
    /// <returns><see langword="true"/> when the dataset has a source with that id.</returns>
    public bool TryGetSource([NotNullWhen(true)] string? id, [NotNullWhen(true)] out Source? source)
    {
        source = id is not null && _sourcesById.TryGetValue(id, out var position) ? Dataset.Sources[position] : null;
        return source is not null;
    }

    /// <summary>Describes the indexed dataset's size.</summary>
    /// <returns>Text such as <c>index of 1 source(s), 3 study(ies)</c>.</returns>
    public override string ToString() => $"index of {Dataset}";

    private static Dictionary<string, int> ById<T>(ImmutableArray<T> items, Func<T, string> idOf, string listPath, string kind, string paramName)
    {
        var positions = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var id = idOf(items[i]);
            if (!positions.TryAdd(id, i))
            {
                throw new ArgumentException(
                    $"The {kind} id '{id}' is used by both {listPath}[{positions[id]}] and {listPath}[{i}]; an index needs unique ids. "
                    + "EvidenceDataset.Validate() reports every problem of a dataset at once.",
                    paramName);
            }
        }

        return positions;
    }
}
