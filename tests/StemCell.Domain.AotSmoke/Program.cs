// Exercises every vocabulary after NativeAOT publication, where reflection-based discovery (Ardalis.SmartEnum's own
// FromName and List) finds nothing: every lookup here must go through the library's explicit term lists. Prints
// one line per vocabulary and exits non-zero on the first sign of trouble.
using System.Text;
using System.Text.Json;
using NodaTime;
using StemCell.Domain;
using StemCell.Domain.ClinicalTrialsGov;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;

var failures = new List<string>();

void Check(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

void Section(string name, Action body)
{
    try
    {
        body();
    }
    catch (Exception exception)
    {
        failures.Add($"{name} threw {exception.GetType().Name}: {exception.Message}");
    }
}

// ---- Every vocabulary by type: the typed lookups a caller writes as Disease.FromCode(...) ----

var exercised = new List<string>();

// The list of vocabularies is generated from their definitions (EveryVocabulary.g.cs); the check against the catalog
// below still fails if the two ever disagree.
EveryVocabulary.Run(new ExerciseVocabulary(Section, Check, exercised));

// ---- Every vocabulary through the catalog: the untyped lookups a tool or service writes ----

Section("catalog", () =>
{
    var catalogNames = Vocabularies.All.Select(d => d.Name).ToList();
    var notExercised = catalogNames.Except(exercised).ToList();
    Check(notExercised.Count == 0, $"catalog: not exercised here: {string.Join(", ", notExercised)}");
    foreach (var descriptor in Vocabularies.All)
    {
        Check(ReferenceEquals(Vocabularies.Find(descriptor.Name.ToUpperInvariant()), descriptor), $"catalog: Find({descriptor.Name})");
        Check(!descriptor.Terms.IsDefaultOrEmpty, $"catalog: {descriptor.Name} has no terms");
        foreach (var term in descriptor.Terms)
        {
            Check(ReferenceEquals(descriptor.Find(term.Code), term), $"catalog: {descriptor.Name}.Find({term.Code})");
            Check(descriptor.TryFind(term.Code.AsSpan(), out var fromSpan) && ReferenceEquals(fromSpan, term), $"catalog: {descriptor.Name}.TryFind(span {term.Code})");
            foreach (var synonym in term.Synonyms)
            {
                Check(descriptor.TryFind(synonym, out var found) && ReferenceEquals(found, term), $"catalog: {descriptor.Name}.TryFind('{synonym}')");
            }
        }
    }

    Console.WriteLine($"catalog: {Vocabularies.All.Length} vocabularies, {Vocabularies.All.Sum(d => d.Terms.Length)} terms");
});

// ---- The lookups the issue names, spelled the way a caller spells them ----

Section("named lookups", () =>
{
    Check(Disease.FromName("multiple-sclerosis") == Disease.MultipleSclerosis, "Disease.FromName(\"multiple-sclerosis\")");
    Check(Disease.FromCode("MS") == Disease.MultipleSclerosis, "Disease.FromCode(\"MS\")");
    Check(Disease.FromCode("Lou Gehrig's disease") == Disease.AmyotrophicLateralSclerosis, "Disease.FromCode(\"Lou Gehrig's disease\")");
    Check(StemCellType.FromCode("MSC") == StemCellType.Mesenchymal, "StemCellType.FromCode(\"MSC\")");
    Check(DiseaseCourse.TryFromCode("RRMS".AsSpan(), out var rrms) && rrms == DiseaseCourse.RelapsingRemittingMs, "DiseaseCourse.TryFromCode(span RRMS)");
    Check(TrialPhase.FromValue(0) == TrialPhase.NotApplicable, "TrialPhase.FromValue(0)");
});

// ---- Relations ----

Section("relations", () =>
{
    Check(Disease.MultipleSclerosis.Courses.SequenceEqual([DiseaseCourse.ClinicallyIsolatedSyndrome, DiseaseCourse.RelapsingRemittingMs, DiseaseCourse.SecondaryProgressiveMs, DiseaseCourse.PrimaryProgressiveMs, DiseaseCourse.ProgressiveMs]), "Disease.MultipleSclerosis.Courses");
    Check(Disease.AmyotrophicLateralSclerosis.Courses.SequenceEqual([DiseaseCourse.SporadicAls, DiseaseCourse.FamilialAls]), "Disease.AmyotrophicLateralSclerosis.Courses");
    Check(DiseaseCourse.All.All(c => c.Disease.Courses.Contains(c)), "DiseaseCourse.Disease is the inverse of Disease.Courses");
    Check(Disease.AmyotrophicLateralSclerosis.Category == DiseaseCategory.MotorNeuronDisease && Disease.AmyotrophicLateralSclerosis.DamagedStructure == AffectedStructure.MotorNeurons, "ALS category and damaged structure");
    Check(StemCellType.Mesenchymal.Potency == Potency.Multipotent && StemCellType.Mesenchymal.Sources.Contains(TissueSource.BoneMarrow), "MSC potency and sources");
    Check(StemCellType.InducedPluripotent.DifferentiatesInto.Contains(DifferentiatedCellType.Neuron) && StemCellType.Hematopoietic.Mechanisms.Contains(Mechanism.ImmuneReset), "iPSC progeny and HSC mechanism");
    Check(TherapeuticBenefit.ImmuneModulation.Mechanisms.Contains(Mechanism.ImmuneModulation) && TherapeuticBenefit.ImmuneModulation.CellTypes.Contains(StemCellType.Mesenchymal) && TherapeuticBenefit.ImmuneModulation.Diseases.SequenceEqual([Disease.MultipleSclerosis]), "TherapeuticBenefit.ImmuneModulation links");
    Check(Challenge.OptimizingCellDelivery.AffectedRoutes.Contains(DeliveryRoute.Intraspinal) && Challenge.Tumorigenicity.AffectedCellTypes.Contains(StemCellType.Embryonic), "Challenge routes and cell types");
    Check(DeliveryRoute.Intraspinal.Invasiveness == Invasiveness.High && DeliveryRoute.Intravenous.Invasiveness == Invasiveness.Low, "DeliveryRoute.Invasiveness");
    Check(OutcomeMeasure.DisabilityProgression.TypicalScales.Contains(ClinicalScale.Edss), "OutcomeMeasure.TypicalScales");
});

// ---- Mappings to ClinicalTrials.gov, FHIR and the NCI Thesaurus ----

Section("mappings", () =>
{
    Check(TrialPhase.FromCtGovPhases(["PHASE1", "PHASE2"]) == TrialPhase.Phase1Phase2, "TrialPhase.FromCtGovPhases([PHASE1, PHASE2])");
    Check(TrialPhase.FromCtGovPhases(["PHASE2", "PHASE1"]) == TrialPhase.Phase1Phase2, "TrialPhase.FromCtGovPhases([PHASE2, PHASE1])");
    Check(TrialPhase.Phase1Phase2.CtGovPhases.SequenceEqual(["PHASE1", "PHASE2"]), "TrialPhase.Phase1Phase2.CtGovPhases");
    Check(TrialPhase.FromFhirCode("phase-2-phase-3") == TrialPhase.Phase2Phase3 && TrialPhase.Phase2Phase3.FhirCode == "phase-2-phase-3", "TrialPhase phase-2-phase-3");
    foreach (var phase in TrialPhase.All)
    {
        Check(TrialPhase.FromCtGovPhases(phase.CtGovPhases) == phase, $"TrialPhase CT.gov round trip of {phase.Code}");
        Check(TrialPhase.FromFhirCode(phase.FhirCode) == phase, $"TrialPhase FHIR round trip of {phase.Code}");
    }

    Check(TrialPhase.Phase1.Codings.Any(c => c.System == CodeSystem.NciThesaurus && c.Code == "C15600"), "TrialPhase.Phase1 NCIt C15600");
    Check(TrialPhase.All.Order().SequenceEqual(TrialPhase.All) && !TrialPhase.NotApplicable.IsPhased && TrialPhase.Phase1 < TrialPhase.Phase1Phase2, "TrialPhase ordering");
    Check(!TrialPhase.TryFromCtGovPhases(["PHASE1", "PHASE3"], out _), "TrialPhase rejects [PHASE1, PHASE3]");
    foreach (var status in StudyStatus.All)
    {
        Check(StudyStatus.FromCtGovStatus(status.CtGovStatus) == status, $"StudyStatus CT.gov round trip of {status.Code}");
    }
});

// ---- The exported vocabulary: the same bytes as the checked-in copy, and readable without the library ----

Section("export", () =>
{
    var json = VocabularyExport.ToJson();
    // The library embeds no copy (it writes the document from its terms); the checked-in copy is embedded in this
    // app so the NativeAOT build is held to the same bytes the tests hold the JIT build to.
    using var expectedStream = typeof(Program).Assembly.GetManifestResourceStream("stemcell-vocabulary.json");
    Check(expectedStream is not null, "export: the embedded vocabulary.json is missing");
    if (expectedStream is not null)
    {
        using var reader = new StreamReader(expectedStream, Encoding.UTF8);
        Check(reader.ReadToEnd() == json, "export: VocabularyExport.ToJson() differs from src/StemCell.Domain/vocabulary.json");
    }

    using var document = JsonDocument.Parse(json);
    var root = document.RootElement;
    Check(root.GetProperty("formatVersion").GetString() == VocabularyExport.FormatVersion, "export: formatVersion");
    var vocabularies = root.GetProperty("vocabularies").EnumerateArray().ToList();
    Check(vocabularies.Select(v => v.GetProperty("name").GetString()).SequenceEqual(Vocabularies.All.Select(d => d.Name)), "export: vocabulary names");
    Check(HasCoding(vocabularies, "disease", "multiple-sclerosis", "24700007") && HasCoding(vocabularies, "disease", "multiple-sclerosis", "D009103") && HasCoding(vocabularies, "disease", "multiple-sclerosis", "MONDO:0005301"), "export: MS codings");
    Check(HasCoding(vocabularies, "disease", "amyotrophic-lateral-sclerosis", "G12.21") && HasCoding(vocabularies, "disease", "amyotrophic-lateral-sclerosis", "86044005") && HasCoding(vocabularies, "disease", "amyotrophic-lateral-sclerosis", "MONDO:0004976"), "export: ALS codings");
    Check(HasCoding(vocabularies, "stem-cell-type", "mesenchymal", "CL:0000134"), "export: MSC coding");
    Console.WriteLine($"export: {Encoding.UTF8.GetByteCount(json)} bytes, {vocabularies.Count} vocabularies");
});

// ---- The dataset document: written, read back, streamed and rejected, all through source-generated metadata ----

Section("json", () =>
{
    var source = new Source("article", "An article", EvidenceKind.SecondaryReport, publicationDate: PartialDate.FromYear(2024),
        claims: [new Claim(TherapeuticBenefit.Neuroprotection, "stem cells can help protect existing neurons")]);
    var study = new Study(
        "hsct-spms", "Autologous HSCT in SPMS", Disease.MultipleSclerosis,
        institutions: [new Institution("Cleveland Clinic")],
        courses: [DiseaseCourse.SecondaryProgressiveMs],
        phase: TrialPhase.Phase1Phase2,
        reportedIn: PartialDate.FromYear(2023),
        interventions: [new Intervention(StemCellType.Hematopoietic, donorOrigin: DonorOrigin.Autologous, conditioningRegimen: "intensive chemotherapy")],
        findings:
        [
            new Finding(OutcomeMeasure.DisabilityProgression, OutcomeDirection.Stabilized, Population.AllParticipants,
                "80% of participants showed no signs of disease progression three years after the treatment", ["article"],
                new Proportion(0.8m), Period.FromYears(3)),
            new Finding(OutcomeMeasure.DisabilityProgression, OutcomeDirection.Improved, Population.Subgroup("some"),
                "hazard ratio", ["article"], new HazardRatio(0.07m, new ConfidenceInterval(0.02m, 0.24m))),
        ],
        sourceIds: ["article"]);
    var dataset = new EvidenceDataset([source], [study]);

    var json = StemCellJson.Serialize(dataset);
    var back = StemCellJson.Deserialize(json);
    Check(back == dataset, "json: a dataset read back equals the one written");
    Check(StemCellJson.Serialize(back) == json, "json: re-serializing gives the same text");
    Check(System.Text.Json.JsonSerializer.Serialize(study, StemCellJson.StudyTypeInfo).Contains("\"phase\":\"phase-1-phase-2\"", StringComparison.Ordinal), "json: StudyTypeInfo");

    var streamed = new List<Study>();
    var enumerator = StemCellJson.ReadStudiesAsync(new MemoryStream(Encoding.UTF8.GetBytes(json))).GetAsyncEnumerator();
    while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
    {
        streamed.Add(enumerator.Current);
    }

    Check(streamed.Count == 1 && streamed[0] == study, "json: ReadStudiesAsync");

    try
    {
        StemCellJson.Deserialize(json.Replace("\"value\": 0.8", "\"value\": 1.8", StringComparison.Ordinal));
        Check(false, "json: an invalid document was accepted");
    }
    catch (StemCellJsonException e)
    {
        Check(e.Problems.Any(p => p.Path == "$.studies[0].findings[0].result.value"), $"json: problem paths were {string.Join(", ", e.Problems.Select(p => p.Path))}");
    }

    Console.WriteLine($"json: {Encoding.UTF8.GetByteCount(json)} bytes round-tripped, streamed and validated");
});

// ---- The JSON Schema: generated from source-generated metadata, the same text as the checked-in copy ----

Section("schema", () =>
{
    using var checkedIn = new StreamReader(typeof(Program).Assembly.GetManifestResourceStream("stemcell-dataset.schema.json")!);
    var schema = StemCellJsonSchema.ToJson();
    Check(JsonDocument.Parse(schema).RootElement.GetProperty("$id").GetString() == StemCellJsonSchema.Id, "schema: $id");
    Check(schema == checkedIn.ReadToEnd(), "schema: StemCellJsonSchema.ToJson() differs from src/StemCell.Domain/stemcell-dataset.schema.json");
    Console.WriteLine($"schema: {schema.Length} characters, as checked in");
});

// ---- The embedded sample dataset ----

Section("sample dataset", () =>
{
    var sample = SampleDataset.Dataset;
    Check(sample.Studies.Length == 44 && sample.Validate().IsValid, "sample dataset: 44 valid studies");
    var phase3Als = new DatasetIndex(sample).Studies.WithDisease(Disease.AmyotrophicLateralSclerosis).WithMinimumPhase(TrialPhase.Phase3).Execute();
    Check(phase3Als.Select(s => s.Id).SequenceEqual(["nct04745299", "nct03280056"]), "sample dataset: the phase 3 ALS trials");
    Check(sample.Studies.Any(s => s.Disease == Disease.AmyotrophicLateralSclerosis && s.Interventions.Any(i => i.DeliveryRoutes.Contains(DeliveryRoute.Intraspinal))), "sample dataset: the ALS study");
    Console.WriteLine($"sample dataset: {sample.Sources.Length} sources, {sample.Studies.Length} studies");
});

// ---- ClinicalTrials.gov: a real API v2 record through the reader ----

Section("ctgov", () =>
{
    using var stream = typeof(Program).Assembly.GetManifestResourceStream("ctgov-v2-NCT06604689.json")!;
    var results = ClinicalTrialsGovReader.ReadJson(stream, "NCT06604689.json").ToList();
    var record = results.Count == 1 ? results[0].Record : null;
    Check(record is { NctId: "NCT06604689", OverallStatus: "RECRUITING", StudyType: "OBSERVATIONAL", Enrollment.Count: 800 }, $"ctgov: read {string.Join("; ", results)}");
    Check(record?.StartDate?.Date == PartialDate.FromDate(2024, 9, 30), "ctgov: start date");
    Console.WriteLine($"ctgov: {record}");
});

Section("ctgov import", () =>
{
    // The importer's phrase rules are regular expressions, interpreted under NativeAOT: check they still read a record.
    using var stream = typeof(Program).Assembly.GetManifestResourceStream("ctgov-negated-tissue.json")!;
    var import = ClinicalTrialsGovImporter.Import(ClinicalTrialsGovReader.ReadJson(stream, "negated-tissue.json").ToList());
    var study = import.Dataset.Studies.SingleOrDefault();
    var intervention = study?.Interventions.SingleOrDefault();
    Check(intervention is { TissueSource: null } && intervention.DeliveryRoutes.SequenceEqual([DeliveryRoute.Intramuscular]), $"ctgov import: {intervention}");
    Check(import.Entries.Single().NotDerived.Any(n => n.What == "tissue-source adipose-tissue"), "ctgov import: the negated tissue is reported");
    Check(import.Dataset.Validate().IsValid, $"ctgov import: {import.Dataset.Validate()}");
    Check(StemCellJson.Deserialize(StemCellJson.Serialize(import.Dataset)).Equals(import.Dataset), "ctgov import: the dataset round-trips");
    Console.WriteLine($"ctgov import: {study}");
});

foreach (var failure in failures)
{
    Console.Error.WriteLine($"FAIL: {failure}");
}

Console.WriteLine(failures.Count == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;

static bool HasCoding(List<JsonElement> vocabularies, string vocabulary, string code, string externalCode) =>
    vocabularies
        .Where(v => v.GetProperty("name").GetString() == vocabulary)
        .SelectMany(v => v.GetProperty("terms").EnumerateArray())
        .Where(t => t.GetProperty("code").GetString() == code)
        .SelectMany(t => t.GetProperty("codings").EnumerateArray())
        .Any(c => c.GetProperty("code").GetString() == externalCode);

/// <summary>The typed lookups a caller writes as <c>Disease.FromCode(...)</c>, run on one vocabulary.</summary>
/// <param name="section">Runs a named part, recording what it throws.</param>
/// <param name="check">Records a failure when a condition is false.</param>
/// <param name="exercised">The names of the vocabularies exercised so far.</param>
internal readonly struct ExerciseVocabulary(Action<string, Action> section, Action<bool, string> check, List<string> exercised) : IVocabularyAction
{
    private readonly Action<string, Action> _section = section;
    private readonly Action<bool, string> _check = check;
    private readonly List<string> _exercised = exercised;

    public void Run<TTerm>()
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        // Copied to locals: the lambda below cannot capture a struct's fields.
        var section = _section;
        var check = _check;
        var done = _exercised;
        var name = TTerm.VocabularyName;
        section(name, () =>
        {
            var all = TTerm.All;
            check(!all.IsDefaultOrEmpty, $"{name}: All is empty");
            var synonyms = 0;
            foreach (var term in all)
            {
                check(ReferenceEquals(VocabularyTerm<TTerm>.FromCode(term.Code), term), $"{name}: FromCode({term.Code})");
                check(ReferenceEquals(VocabularyTerm<TTerm>.FromCode(term.Code.ToUpperInvariant()), term), $"{name}: FromCode(upper {term.Code})");
                check(VocabularyTerm<TTerm>.TryFromCode(term.Code.AsSpan(), out var fromSpan) && ReferenceEquals(fromSpan, term), $"{name}: TryFromCode(span {term.Code})");
                // Through the static abstract interface members, as ASP.NET Core binds a route or query value.
                check(ReferenceEquals(ParseAs<TTerm>(term.Code.ToUpperInvariant()), term), $"{name}: IParsable.Parse(upper {term.Code})");
                check(TryParseSpanAs<TTerm>(term.Code.AsSpan(), out var parsed) && ReferenceEquals(parsed, term), $"{name}: ISpanParsable.TryParse({term.Code})");
                check(ReferenceEquals(VocabularyTerm<TTerm>.FromValue(term.Value), term), $"{name}: FromValue({term.Value})");
                check(ReferenceEquals(VocabularyTerm<TTerm>.FromName(term.Code), term), $"{name}: FromName({term.Code})");
                check(VocabularyTerm<TTerm>.TryFromName(term.Code, out var fromName) && ReferenceEquals(fromName, term), $"{name}: TryFromName({term.Code})");
                foreach (var synonym in term.Synonyms)
                {
                    check(ReferenceEquals(VocabularyTerm<TTerm>.FromCode(synonym), term), $"{name}: FromCode(synonym '{synonym}')");
                    synonyms++;
                }

                foreach (var coding in term.Codings)
                {
                    check(CodeSystem.All.Contains(coding.System) && CodingConfidence.All.Contains(coding.Confidence), $"{name}: coding {coding}");
                }
            }

            check(VocabularyTerm<TTerm>.List.Count == all.Length, $"{name}: List has {VocabularyTerm<TTerm>.List.Count} terms, All {all.Length}");
            check(!VocabularyTerm<TTerm>.TryFromCode("no-such-term", out _), $"{name}: TryFromCode accepted an unknown code");
            done.Add(name);
            Console.WriteLine($"{name}: {all.Length} terms, {synonyms} synonyms");
        });
    }

    private static T ParseAs<T>(string s)
        where T : IParsable<T> => T.Parse(s, provider: null);

    private static bool TryParseSpanAs<T>(ReadOnlySpan<char> s, out T? result)
        where T : ISpanParsable<T> => T.TryParse(s, provider: null, out result);
}
