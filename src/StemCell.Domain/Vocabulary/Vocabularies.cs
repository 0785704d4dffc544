using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// The catalog of every vocabulary in the library, for code that lists, exports or looks up terms of any
/// vocabulary by name.
/// </summary>
/// <remarks>
/// The list is written out by hand rather than discovered by reflection, so it works unchanged in trimmed and
/// NativeAOT-published applications. A test reflects over the library to make sure no vocabulary is left out.
/// </remarks>
public static class Vocabularies
{
    /// <summary>Gets every vocabulary: the domain vocabularies first, then those that describe codings.</summary>
    /// <value>An immutable list in a fixed order, which is also the order of <see cref="VocabularyExport"/>.</value>
    public static ImmutableArray<VocabularyDescriptor> All { get; } =
    [
        VocabularyDescriptor.Create<Disease>("Neurodegenerative diseases that stem cell therapies target."),
        VocabularyDescriptor.Create<DiseaseCourse>("Clinical courses (forms) of a disease, each belonging to one disease."),
        VocabularyDescriptor.Create<DiseaseCategory>("Kinds of disease, such as autoimmune demyelinating disease."),
        VocabularyDescriptor.Create<AffectedStructure>("Parts of the nervous system that a disease damages."),
        VocabularyDescriptor.Create<Symptom>("Symptoms of neurodegenerative disease."),
        VocabularyDescriptor.Create<StemCellType>("Types of stem cell used or studied in therapy, with their potency, sources, progeny and mechanisms."),
        VocabularyDescriptor.Create<Potency>("How many kinds of cell a stem cell can give rise to."),
        VocabularyDescriptor.Create<TissueSource>("Tissues that stem cells are harvested from."),
        VocabularyDescriptor.Create<DonorOrigin>("Whose cells are given: the patient's own or a donor's."),
        VocabularyDescriptor.Create<DifferentiatedCellType>("Mature or committed cell types that stem cells can differentiate into."),
        VocabularyDescriptor.Create<Mechanism>("Ways in which stem cell therapy is thought to act."),
        VocabularyDescriptor.Create<TherapeuticBenefit>("Potential benefits of stem cell therapy, with the mechanisms, cell types and diseases behind them."),
        VocabularyDescriptor.Create<DeliveryRoute>("Ways of delivering stem cells to the patient, with how invasive each is."),
        VocabularyDescriptor.Create<Invasiveness>("How invasive a delivery route is, from a needle in a vein to neurosurgery."),
        VocabularyDescriptor.Create<DoseUnit>("Units a dose of cells is given in, with their UCUM codes."),
        VocabularyDescriptor.Create<TrialPhase>("Clinical trial phases, mapped to ClinicalTrials.gov, FHIR and the NCI Thesaurus."),
        VocabularyDescriptor.Create<StudyStatus>("Recruitment and overall statuses of a study, mapped to ClinicalTrials.gov and FHIR."),
        VocabularyDescriptor.Create<StudyDesign>("Features of how a study is designed, such as randomized or open label."),
        VocabularyDescriptor.Create<Registry>("Clinical trial registries, with the shape of the identifiers each assigns."),
        VocabularyDescriptor.Create<OutcomeMeasure>("Kinds of outcome a study measures, with the clinical scales usually used."),
        VocabularyDescriptor.Create<OutcomeDirection>("Which way an outcome went for the participants, from improved to worsened."),
        VocabularyDescriptor.Create<Tolerability>("How well participants tolerated a treatment, as the source characterises it."),
        VocabularyDescriptor.Create<ClinicalScale>("Clinical rating scales of disability or function, with their range and direction."),
        VocabularyDescriptor.Create<EvidenceKind>("Kinds of source a piece of evidence comes from."),
        VocabularyDescriptor.Create<Challenge>("Open challenges for stem cell therapy, with the routes and cell types they bear on."),
        VocabularyDescriptor.Create<CodeSystem>("Standard terminologies that codings point into, identified by URI."),
        VocabularyDescriptor.Create<CodingConfidence>("How a coding was verified before it shipped."),
    ];

    private static FrozenDictionary<string, VocabularyDescriptor> ByName { get; } =
        All.ToFrozenDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the vocabulary with the given name, ignoring case.</summary>
    /// <param name="name">A vocabulary name such as <c>disease-course</c>.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No vocabulary has that name; the message lists the names.</exception>
    public static VocabularyDescriptor Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryFind(name, out var descriptor)
            ? descriptor
            : throw new ArgumentException(
                $"'{name}' is not a vocabulary name. Expected one of: {string.Join(", ", All.Select(d => d.Name))}.",
                nameof(name));
    }

    /// <summary>Tries to find the vocabulary with the given name, ignoring case.</summary>
    /// <param name="name">A vocabulary name; null finds nothing.</param>
    /// <param name="descriptor">The vocabulary found, or null.</param>
    /// <returns><see langword="true"/> when a vocabulary has that name.</returns>
    public static bool TryFind([NotNullWhen(true)] string? name, [NotNullWhen(true)] out VocabularyDescriptor? descriptor)
    {
        if (name is null)
        {
            descriptor = null;
            return false;
        }

        return ByName.TryGetValue(name, out descriptor);
    }
}
