using System.Text.RegularExpressions;
using StemCell.Domain.Vocabulary;
using static StemCell.Domain.ClinicalTrialsGov.Derivation.PhraseRule;

namespace StemCell.Domain.ClinicalTrialsGov.Derivation;

/// <summary>
/// The phrases that state each vocabulary term in ClinicalTrials.gov free text. Every pattern here was checked against
/// the MS and ALS stem cell trials in the registry snapshots; a phrase that could mean something else (a bare
/// "infusion", "lumbar puncture", "fat", "progression") is deliberately absent, because a wrong value is far worse
/// than a missing one.
/// </summary>
internal static class PhraseRules
{
    private const RegexOptions CaseInsensitive = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Phrases naming the kind of stem cell given.</summary>
    public static readonly PhraseRule[] CellTypes =
    [
        // "mesenchymal stem cells", "Mesenchymal Bone Marrow Stromal Cells", "mesenchymal cells", "mesenchyme stem cells".
        Words(StemCellType.Mesenchymal, @"\bmesenchym(?:al|e)\b[^.;:,()\[\]]{0,40}?\bcells?\b"),
        // MSC, MSCs, BM-MSC, UC-MSCs, hUC-MSC, HB-MSCs, and MSC-NTF (mesenchymal stromal cells secreting neurotrophic factors).
        Abbreviation(StemCellType.Mesenchymal, @"(?<![A-Za-z])(?:h?UC-?|BM-|AD-|HB-|(?:HB-)?ad)?MSCs?(?![A-Za-z])"),
        Words(StemCellType.Hematopoietic, @"\b(?:ha?ema?topoietic|hemopoietic)\s+(?:stem|progenitor)\s+cells?\b"),
        Abbreviation(StemCellType.Hematopoietic, @"(?<![A-Za-z])a?A?HSCT?s?(?![A-Za-z])"),
        Words(StemCellType.Neural, @"\bneur(?:al|onal)\s+stem\s+cells?\b"),
        Abbreviation(StemCellType.Neural, @"(?<![A-Za-z])NSCs?(?![A-Za-z])"),
        Words(StemCellType.Embryonic, @"\bembryonic\s+stem\s+cells?\b"),
        Abbreviation(StemCellType.Embryonic, @"(?<![A-Za-z])h?ESCs?(?![A-Za-z])"),
        Words(StemCellType.InducedPluripotent, @"\binduced\s+pluripotent\s+stem\s+cells?\b"),
        Abbreviation(StemCellType.InducedPluripotent, @"(?<![A-Za-z])h?iPSCs?(?![A-Za-z])"),
    ];

    /// <summary>Phrases naming the tissue the cells come from.</summary>
    public static readonly PhraseRule[] TissueSources =
    [
        Words(TissueSource.BoneMarrow, @"\bbone[\s-]+marrow\b"),
        Abbreviation(TissueSource.BoneMarrow, @"(?<![A-Za-z])BM-MSCs?(?![A-Za-z])"),
        Words(TissueSource.AdiposeTissue, @"\badipose\b"),
        // AD-MSC, ADSC, and Hope Biosciences' "HB-adMSCs" (adipose-derived MSCs).
        Abbreviation(TissueSource.AdiposeTissue, @"(?<![A-Za-z])(?:AD-MSCs?|ADSCs?|(?:HB-)?adMSCs?)(?![A-Za-z])"),
        Words(TissueSource.UmbilicalCordBlood, @"\b(?:umbilical\s+)?cord\s+blood\b"),
        Words(TissueSource.UmbilicalCordTissue, @"\bumbilical\s+cord\b(?!\s+blood)"),
        Words(TissueSource.UmbilicalCordTissue, @"\bwharton'?s\s+jelly\b"),
        Abbreviation(TissueSource.UmbilicalCordTissue, @"(?<![A-Za-z])h?UC-?MSCs?(?![A-Za-z])"),
        Words(TissueSource.PeripheralBlood, @"\bperipheral\s+blood\s+(?:stem|progenitor)\s+cells?\b"),
    ];

    /// <summary>Phrases naming whose cells they are. The misspellings are the registry's own.</summary>
    public static readonly PhraseRule[] DonorOrigins =
    [
        Words(DonorOrigin.Autologous, @"\baut(?:o)?log(?:ous|us|uous|ouse)\b|\bautolgous\b"),
        Words(DonorOrigin.Allogeneic, @"\ballogen(?:e)?ic\b"),
    ];

    /// <summary>Phrases naming how the cells are given.</summary>
    public static readonly PhraseRule[] DeliveryRoutes =
    [
        Words(DeliveryRoute.Intravenous, @"\bintravenous(?:ly)?(?![a-z])"),
        Abbreviation(DeliveryRoute.Intravenous, @"(?<![A-Za-z-])IV(?![A-Za-z])"),
        // "intrathecally", and the registry's "intrathechal" and "intrathecaland".
        Words(DeliveryRoute.Intrathecal, @"\bintrathech?al(?:ly)?"),
        Abbreviation(DeliveryRoute.Intrathecal, @"(?<![A-Za-z-])IT(?![A-Za-z])"),
        Words(DeliveryRoute.Intramuscular, @"\bintramuscular(?:ly)?(?![a-z])"),
        Abbreviation(DeliveryRoute.Intramuscular, @"(?<![A-Za-z-])IM(?![A-Za-z])"),
        Words(DeliveryRoute.Intraspinal, @"\bintraspinal(?:ly)?(?![a-z])|\bspinal\s+cord\s+injections?\b"),
        Words(DeliveryRoute.Intracerebroventricular, @"\bintracerebroventricular(?:ly)?(?![a-z])"),
        Abbreviation(DeliveryRoute.Intracerebroventricular, @"(?<![A-Za-z-])ICV(?![A-Za-z])"),
        Words(DeliveryRoute.Intracerebral, @"\bintracerebral(?:ly)?(?![a-z])|\bintraparenchymal(?:ly)?(?![a-z])"),
    ];

    /// <summary>Phrases naming a course of multiple sclerosis.</summary>
    public static readonly PhraseRule[] MultipleSclerosisCourses =
    [
        Words(DiseaseCourse.RelapsingRemittingMs, @"\brelapsing[\s-]+remitting\b"),
        Abbreviation(DiseaseCourse.RelapsingRemittingMs, @"(?<![A-Za-z])RRMS(?![A-Za-z])"),
        Words(DiseaseCourse.SecondaryProgressiveMs, @"\bsecondary[\s-]+progressive\b"),
        Abbreviation(DiseaseCourse.SecondaryProgressiveMs, @"(?<![A-Za-z])SPMS(?![A-Za-z])"),
        Words(DiseaseCourse.PrimaryProgressiveMs, @"\bprimary[\s-]+progressive\b"),
        Abbreviation(DiseaseCourse.PrimaryProgressiveMs, @"(?<![A-Za-z])PPMS(?![A-Za-z])"),
        Words(DiseaseCourse.ClinicallyIsolatedSyndrome, @"\bclinically\s+isolated\s+syndromes?\b"),
        // "Progressive MS", "progressive forms of multiple sclerosis", MeSH's "Multiple Sclerosis, Chronic Progressive".
        Words(DiseaseCourse.ProgressiveMs, @"\bprogressive\s+(?:forms?\s+of\s+)?(?:MS|multiple\s+sclerosis)\b|\bchronic[\s-]+progressive\b"),
    ];

    /// <summary>Phrases naming a course of ALS.</summary>
    public static readonly PhraseRule[] AlsCourses =
    [
        // "sporadic ALS", and "sporadic or familial ALS", which names both.
        Words(DiseaseCourse.SporadicAls, @"\bsporadic\s+(?:(?:or|and|/)\s*familial\s+)?(?:ALS|amyotrophic\s+lateral\s+sclerosis)\b"),
        Abbreviation(DiseaseCourse.SporadicAls, @"(?<![A-Za-z])sALS(?![A-Za-z])"),
        Words(DiseaseCourse.FamilialAls, @"\bfamilial\s+(?:(?:or|and|/)\s*sporadic\s+)?(?:ALS|amyotrophic\s+lateral\s+sclerosis)\b"),
        Abbreviation(DiseaseCourse.FamilialAls, @"(?<![A-Za-z])fALS(?![A-Za-z])"),
    ];

    /// <summary>Phrases naming a clinical scale a study measures with.</summary>
    public static readonly PhraseRule[] ClinicalScales =
    [
        // ALSFRS-R, ALSFRS, ALS-FRS, ALSFRSr, and "ALS functional rating scale" spelled out.
        Abbreviation(ClinicalScale.AlsfrsR, @"(?<![A-Za-z])ALS-?FRS(?:-?[Rr])?(?![A-Za-z])"),
        Words(ClinicalScale.AlsfrsR, @"\b(?:ALS|amyotrophic\s+lateral\s+sclerosis)\)?\s+functional\s+rating\s+scale\b"),
        Abbreviation(ClinicalScale.Edss, @"(?<![A-Za-z])EDSS(?![A-Za-z])"),
        Words(ClinicalScale.Edss, @"\bexpanded\s+(?:kurtzke\s+)?disability\s+status\s+(?:scale|score)\b"),
        Abbreviation(ClinicalScale.Msfc, @"(?<![A-Za-z])MSFC(?![A-Za-z])"),
        Words(ClinicalScale.Msfc, @"\b(?:multiple\s+sclerosis|MS)\s+functional\s+composite\b"),
        Abbreviation(ClinicalScale.MitosStaging, @"(?<![A-Za-z])MiToS(?![A-Za-z])"),
    ];

    /// <summary>Phrases naming what a study measures.</summary>
    public static readonly PhraseRule[] OutcomeMeasures =
    [
        Words(OutcomeMeasure.SafetyAndTolerability, @"\badverse\s+(?:events?|reactions?)\b|\bsafety\b|\btolerability\b|\bside\s+effects?\b"),
        Words(OutcomeMeasure.FunctionalRating, @"\bfunctional\s+rating\s+scale\b"),
        Words(OutcomeMeasure.RelapseRate, @"\brelapse\s+rate\b"),
        Words(OutcomeMeasure.QualityOfLife, @"\bquality\s+of\s+life\b"),
        Words(OutcomeMeasure.Survival, @"\b(?:overall\s+)?survival\b(?!\s+factors?)"),
        Words(OutcomeMeasure.MuscleStrength, @"\bmuscle\s+strength\b"),
        Words(OutcomeMeasure.Mobility, @"\bmobility\b|\bwalking\s+ability\b|\bambulation\b"),
        Words(OutcomeMeasure.MotorFunction, @"\bmotor\s+functions?\b"),
        Words(OutcomeMeasure.DisabilityProgression, @"\bdisability\s+progression\b|\bprogression\s+of\s+disability\b"),
        Words(OutcomeMeasure.RemyelinationOnMri, @"\bremyelination\b"),
    ];

    /// <summary>Phrases naming multiple sclerosis or ALS in a condition.</summary>
    public static readonly PhraseRule[] Diseases =
    [
        Words(Disease.MultipleSclerosis, @"\bmultiple\s+sclerosis\b|\bdisseminated\s+sclerosis\b"),
        Abbreviation(Disease.MultipleSclerosis, @"(?<![A-Za-z])MS(?![A-Za-z])"),
        Words(Disease.AmyotrophicLateralSclerosis, @"\bamyotrophic\s+lateral\s+sclerosis\b|\blou\s+gehrig['’]?s\s+disease\b"),
        Abbreviation(Disease.AmyotrophicLateralSclerosis, @"(?<![A-Za-z])ALS(?![A-Za-z])"),
    ];

    /// <summary>Words that make an intervention a stem cell therapy even when they do not say which cells.</summary>
    public static readonly Regex StemCellWords = new(
        @"\bstem\s+cells?\b|\bstromal\s+cells?\b|\bprogenitor\s+cells?\b|\bprogenitors\b|\bmesenchym|(?<![A-Za-z])(?:MSC|HSC|NSC|ESC|iPSC)|adMSC|\bhematopoietic\b",
        CaseInsensitive);

    /// <summary>Names of placebo and control interventions, which are never the stem cell therapy however they describe it.</summary>
    public static readonly Regex ControlIntervention = new(
        @"\bplacebo\b|\bsham\b|\bsaline\b|\bmedia\b|\bmedium\b|\bexcipient\b|\bvehicle\b|\bcontrol\b|\bcomparator\b|\bbest\s+(?:medical|available)\b",
        CaseInsensitive);

    /// <summary>
    /// Cell products whose cell type the vocabulary does not have: their phrases name the cells they were made from
    /// (mesenchymal stem cell-derived neural progenitors, MSC-NP), so no cell type is derived for them.
    /// </summary>
    public static readonly (Regex Pattern, string Why)[] CellTypeBlockers =
    [
        (new Regex(@"(?<![A-Za-z])MSC-NPs?(?![A-Za-z])", RegexOptions.CultureInvariant),
            "the cells are mesenchymal stem cell-derived neural progenitors (MSC-NP), a cell type the vocabulary does not have"),
    ];

    /// <summary>
    /// Courses the vocabulary does not have. A phrase naming one derives nothing and is reported, and it keeps the
    /// phrases inside it (the "progressive" of "relapsing-progressive") from deriving another course.
    /// </summary>
    public static readonly (Regex Pattern, string Why)[] UnknownCourses =
    [
        (new Regex(@"\bprogressive[\s-]+relapsing\b|\brelapsing[\s-]+progressive\b", CaseInsensitive),
            "progressive-relapsing multiple sclerosis is not a course in the vocabulary"),
    ];

    /// <summary>
    /// Words before a phrase, in its clause, that deny it ("not adipose tissue", "sham-IT", "without"). "Placebo" is not
    /// one: a crossover arm's "placebo followed by bone-marrow cells" still gives the cells, and placebo interventions and
    /// arms are left out whole.
    /// </summary>
    public static readonly Regex NegationCue = new(
        @"\b(?:not|no|non|never|without|neither|nor|except|excluding|excluded|exclude|other\s+than|instead\s+of|rather\s+than|sham)\b[^.;:]{0,40}$",
        CaseInsensitive);

    /// <summary>Words that end the clause a negation reaches over.</summary>
    public static readonly Regex ClauseBreak = new(@"[.,;:!?()\n]|\b(?:but|and|or|while|whereas)\b", CaseInsensitive);

    /// <summary>
    /// The start of a sentence that goes on about the one before it ("These bone marrow derived MSCs offer …"): after a
    /// sentence about other work, it is about other work too. "This study" and "this trial" speak of the study itself.
    /// </summary>
    public static readonly Regex ContinuingSentence = new(
        @"^\s*(?:these|they|those|such)\b|^\s*this\b(?!\s+(?:study|trial|protocol|phase))", CaseInsensitive);

    /// <summary>
    /// Sentences of a summary that speak of other work, not of this study ("were shown in animal models", "our
    /// initial clinical experience"); their phrases derive nothing.
    /// </summary>
    public static readonly Regex BackgroundCue = new(
        @"\b(?:were|was|has\s+been|have\s+been)\s+(?:shown|demonstrated|reported|tested|used)\b|\banimal\s+models?\b|\bpreclinical\b|\bin[\s-]+vitro\b|\bin[\s-]+vivo\b|\bmice\b|\brats?\b|\bprevious(?:ly)?\b|\bprior\s+stud|\bour\s+(?:initial|previous|earlier)\b|\bstudies\s+(?:have|has)\b|\bliterature\b",
        CaseInsensitive);
}
