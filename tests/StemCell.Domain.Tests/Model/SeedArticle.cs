using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

/// <summary>
/// The seed article (<c>TestData/seed-article-000_18afdb9a2e086e78.txt</c>) and its three studies, built with the
/// model exactly as the article states them: no month, enrollment, denominator, registry id or route it does not give.
/// The shipped sample dataset is the dataset issue's; this copy proves the model can say it, and is the valid
/// starting point that the validation tests break one rule at a time.
/// </summary>
internal static class SeedArticle
{
    internal const string SourceId = "seed-article-stem-cell-therapy-ms-als";

    internal const string CambridgeId = "cambridge-msc-rrms-2023";

    internal const string ClevelandId = "cleveland-clinic-ahsct-spms-2023";

    internal const string JohnsHopkinsId = "johns-hopkins-nsc-als-2023";

    internal static Source Source { get; } = new(
        SourceId,
        "Stem cell therapy in multiple sclerosis and amyotrophic lateral sclerosis (untitled article)",
        EvidenceKind.SecondaryReport,
        claims:
        [
            new(Disease.MultipleSclerosis, "Multiple Sclerosis (MS) is an autoimmune disorder where the immune system mistakenly attacks the protective myelin sheath that surrounds nerve fibers"),
            new(Disease.AmyotrophicLateralSclerosis, "Amyotrophic Lateral Sclerosis (ALS), also known as Lou Gehrig\u2019s disease, is a progressive neurodegenerative disorder that primarily affects motor neurons"),
            new(StemCellType.Mesenchymal, "These are multipotent cells found in various tissues, including bone marrow, adipose tissue, and umbilical cord blood"),
            new(StemCellType.InducedPluripotent, "These are adult cells that have been reprogrammed to behave like embryonic stem cells"),
            new(StemCellType.Neural, "These cells have the ability to differentiate into various types of brain and spinal cord cells"),
            new(StemCellType.Hematopoietic, "autologous hematopoietic stem cell transplants (HSCT)"),
            new(TherapeuticBenefit.Neuroprotection, "stem cells can help protect existing neurons from further damage by releasing neurotrophic factors, reducing inflammation, and promoting a more supportive environment for neuron survival"),
            new(TherapeuticBenefit.TissueRegeneration, "Stem cells, particularly iPSCs and NSCs, can differentiate into new nerve cells or glial cells, potentially replacing the cells lost to disease"),
            new(TherapeuticBenefit.ImmuneModulation, "stem cells like MSCs can help regulate and suppress harmful immune responses, reducing inflammation and preventing further damage"),
            new(TherapeuticBenefit.SlowingDiseaseProgression, "stem cell therapy has shown the potential to slow down this decline, buying patients more time and improving their quality of life"),
            new(Challenge.OptimizingCellDelivery, "Direct injections into the spinal cord or brain are invasive, and more efficient, less risky methods need to be developed"),
            new(Challenge.ImmuneRejectionAndSafety, "Even with autologous stem cells (derived from the patient), there is a risk of immune rejection or complications"),
            new(Challenge.AccessAndCost, "As with any cutting-edge therapy, cost and accessibility are concerns"),
        ],
        notes: "The article gives no title, author, publisher or date; the title above describes it. It dates the trials it reports to 2023 "
            + "(\"Clinical trials and studies in 2023\", \"the results from 2023 trials\") but its conclusion says the therapy \"has made significant strides "
            + "... in 2024\"; both are recorded as written. It names no registry ids, enrollment numbers or publications.");

    internal static Study Cambridge { get; } = new(
        CambridgeId,
        "Mesenchymal stem cells in relapsing-remitting multiple sclerosis",
        Disease.MultipleSclerosis,
        institutions: [new("University of Cambridge")],
        courses: [DiseaseCourse.RelapsingRemittingMs],
        phase: TrialPhase.Phase2,
        reportedIn: PartialDate.FromYear(2023),
        interventions: [new(StemCellType.Mesenchymal)],
        findings:
        [
            new(OutcomeMeasure.CnsInflammation, OutcomeDirection.Improved, Population.AllParticipants,
                "patients experienced reduced inflammation in the central nervous system", [SourceId]),
            new(OutcomeMeasure.RemyelinationOnMri, OutcomeDirection.Improved, Population.AllParticipants,
                "MRI scans showed signs of remyelination, or the regeneration of the myelin sheath", [SourceId]),
        ],
        mechanisms:
        [
            new(Mechanism.ImmuneModulation, "The ability of MSCs to modulate the immune response and promote remyelination"),
            new(Mechanism.Remyelination, "The ability of MSCs to modulate the immune response and promote remyelination"),
        ],
        safety: new([SourceId], Tolerability.WellTolerated, quote: "the therapy was found to be well-tolerated, with minimal side effects"),
        sourceIds: [SourceId]);

    internal static Study Cleveland { get; } = new(
        ClevelandId,
        "Autologous hematopoietic stem cell transplantation after intensive chemotherapy in secondary progressive multiple sclerosis",
        Disease.MultipleSclerosis,
        institutions: [new("Cleveland Clinic")],
        courses: [DiseaseCourse.SecondaryProgressiveMs],
        reportedIn: PartialDate.FromYear(2023),
        interventions: [new(StemCellType.Hematopoietic, donorOrigin: DonorOrigin.Autologous, conditioningRegimen: "intensive chemotherapy")],
        findings:
        [
            new(OutcomeMeasure.DisabilityProgression, OutcomeDirection.Stabilized, Population.AllParticipants,
                "80% of participants showed no signs of disease progression three years after the treatment", [SourceId],
                result: new Proportion(0.8m), timeFrame: Period.FromYears(3)),
            new(OutcomeMeasure.Mobility, OutcomeDirection.Improved, Population.Subgroup("Many"),
                "Many experienced improved mobility and reduced neurological symptoms", [SourceId]),
            new(OutcomeMeasure.NeurologicalSymptoms, OutcomeDirection.Improved, Population.Subgroup("Many"),
                "Many experienced improved mobility and reduced neurological symptoms", [SourceId]),
        ],
        mechanisms: [new(Mechanism.ImmuneReset, "after intensive chemotherapy to \u201creset\u201d the immune system")],
        safety: new([SourceId], risks: ["the chemotherapy involved"], quote: "While HSCT is not without risks, particularly due to the chemotherapy involved"),
        sourceIds: [SourceId],
        notes: "The article says the study was conducted in 2023 and reports outcomes three years after the treatment.");

    internal static Study JohnsHopkins { get; } = new(
        JohnsHopkinsId,
        "Neural stem cells injected into the spinal cord in amyotrophic lateral sclerosis",
        Disease.AmyotrophicLateralSclerosis,
        institutions: [new("Johns Hopkins University")],
        reportedIn: PartialDate.FromYear(2023),
        interventions: [new(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intraspinal])],
        findings:
        [
            new(OutcomeMeasure.MotorFunction, OutcomeDirection.SlowedDecline, Population.AllParticipants,
                "the treatment appeared to slow down the loss of motor function", [SourceId]),
            new(OutcomeMeasure.MuscleStrength, OutcomeDirection.Improved, Population.Subgroup("some patients"),
                "some patients even showing mild improvements in muscle strength and coordination", [SourceId]),
            new(OutcomeMeasure.Coordination, OutcomeDirection.Improved, Population.Subgroup("some patients"),
                "some patients even showing mild improvements in muscle strength and coordination", [SourceId]),
        ],
        mechanisms:
        [
            new(Mechanism.Neuroprotection, "creating a supportive environment for surviving neurons"),
            new(Mechanism.NeurotrophicSupport, "providing neurotrophic factors that promote cell survival"),
            new(Mechanism.CellReplacement, "potentially replacing damaged motor neurons"),
        ],
        sourceIds: [SourceId]);

    internal static EvidenceDataset Dataset { get; } = new([Source], [Cambridge, Cleveland, JohnsHopkins]);

    /// <summary>The article's text, as checked in under <c>TestData/</c>.</summary>
    internal static string Text => File.ReadAllText(TestSupport.RepositoryFiles.TestData("seed-article-000_18afdb9a2e086e78.txt"));
}
