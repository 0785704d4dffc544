using NodaTime;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class DiseaseTests : VocabularyContractTests<Disease>
{
    [Theory]
    [InlineData("multiple-sclerosis")]
    [InlineData("MS")]
    [InlineData("ms")]
    [InlineData("Multiple-Sclerosis")]
    [InlineData("disseminated sclerosis")]
    public void FromCode_CodeOrSynonymInAnyCase_FindsMultipleSclerosis(string code)
    {
        Assert.Same(Disease.MultipleSclerosis, Disease.FromCode(code));
    }

    [Theory]
    [InlineData("Lou Gehrig's disease")]
    [InlineData("Lou Gehrig\u2019s disease")]
    [InlineData("ALS")]
    [InlineData("amyotrophic-lateral-sclerosis")]
    public void FromCode_DocumentedSynonym_FindsAls(string synonym)
    {
        Assert.Same(Disease.AmyotrophicLateralSclerosis, Disease.FromCode(synonym));
    }

    [Fact]
    public void Parse_SynonymAsWrittenInAUrl_FindsAls()
    {
        Assert.Same(Disease.AmyotrophicLateralSclerosis, Disease.Parse("ALS", null));
        Assert.Same(Disease.AmyotrophicLateralSclerosis, Disease.Parse("als".AsSpan(), null));
        Assert.True(Disease.TryParse("Amyotrophic-Lateral-Sclerosis", null, out var als));
        Assert.Same(Disease.AmyotrophicLateralSclerosis, als);
    }

    [Fact]
    public void TryParse_AnotherVocabularysCode_ReturnsFalse()
    {
        Assert.False(Disease.TryParse("phase-2", null, out var disease));
        Assert.Null(disease);
        Assert.Throws<FormatException>(() => Disease.Parse("phase-2", null));
    }

    [Fact]
    public void FromName_HiddenSmartEnumLookup_FindsByCodeWithoutReflection()
    {
        Assert.Same(Disease.MultipleSclerosis, Disease.FromName("multiple-sclerosis"));
        Assert.True(Disease.TryFromName("amyotrophic-lateral-sclerosis", out var als));
        Assert.Same(Disease.AmyotrophicLateralSclerosis, als);
    }

    [Fact]
    public void Courses_OfMultipleSclerosis_AreTheFiveMsCoursesInDeclarationOrder()
    {
        Assert.Equal(
            ["clinically-isolated-syndrome", "relapsing-remitting-ms", "secondary-progressive-ms", "primary-progressive-ms", "progressive-ms"],
            Disease.MultipleSclerosis.Courses.Select(c => c.Code));
    }

    [Fact]
    public void Courses_OfAls_AreSporadicAndFamilialAls()
    {
        Assert.Equal(["sporadic-als", "familial-als"], Disease.AmyotrophicLateralSclerosis.Courses.Select(c => c.Code));
    }

    [Fact]
    public void Courses_AreExactlyTheCoursesThatNameTheDisease()
    {
        foreach (var disease in Disease.All)
        {
            Assert.Equal(DiseaseCourse.All.Where(c => c.Disease == disease).Select(c => c.Code), disease.Courses.Select(c => c.Code));
        }

        Assert.Equal(DiseaseCourse.All.Length, Disease.All.Sum(d => d.Courses.Length));
    }

    [Fact]
    public void CategoryAndDamagedStructure_MatchTheDisease()
    {
        Assert.Same(DiseaseCategory.AutoimmuneDemyelinating, Disease.MultipleSclerosis.Category);
        Assert.Same(AffectedStructure.MyelinSheath, Disease.MultipleSclerosis.DamagedStructure);
        Assert.Same(DiseaseCategory.MotorNeuronDisease, Disease.AmyotrophicLateralSclerosis.Category);
        Assert.Same(AffectedStructure.MotorNeurons, Disease.AmyotrophicLateralSclerosis.DamagedStructure);
    }

    [Fact]
    public void TypicalSymptoms_AreTheSeedArticlesSymptoms()
    {
        // The article: MS causes "muscle weakness, fatigue, and impaired coordination"; ALS patients "lose the
        // ability to move, speak, swallow, and eventually breathe".
        Assert.Equal(["muscle-weakness", "fatigue", "impaired-coordination"], Disease.MultipleSclerosis.TypicalSymptoms.Select(s => s.Code));
        Assert.All(
            [Symptom.LossOfMobility, Symptom.LossOfSpeech, Symptom.DifficultySwallowing, Symptom.BreathingFailure],
            symptom => Assert.Contains(symptom, Disease.AmyotrophicLateralSclerosis.TypicalSymptoms));
    }

    [Theory]
    [InlineData("multiple-sclerosis", "http://snomed.info/sct", "24700007")]
    [InlineData("multiple-sclerosis", "https://www.nlm.nih.gov/mesh", "D009103")]
    [InlineData("multiple-sclerosis", "http://purl.obolibrary.org/obo/mondo.owl", "MONDO:0005301")]
    [InlineData("multiple-sclerosis", "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl", "C3243")]
    [InlineData("amyotrophic-lateral-sclerosis", "http://hl7.org/fhir/sid/icd-10-cm", "G12.21")]
    [InlineData("amyotrophic-lateral-sclerosis", "http://snomed.info/sct", "86044005")]
    [InlineData("amyotrophic-lateral-sclerosis", "http://purl.obolibrary.org/obo/mondo.owl", "MONDO:0004976")]
    [InlineData("amyotrophic-lateral-sclerosis", "https://www.nlm.nih.gov/mesh", "D000690")]
    public void Codings_IncludeTheReferenceCodes(string code, string system, string externalCode)
    {
        Assert.Contains(Disease.FromCode(code).Codings, c => c.System.Uri == system && c.Code == externalCode);
    }

    [Fact]
    public void IcdTenCmCodings_ExactlyOneAppliesOnEachSideOfTheFy2026Change()
    {
        var lastOld = new LocalDate(2025, 9, 30);
        var firstNew = new LocalDate(2025, 10, 1);
        var ms = Disease.MultipleSclerosis.Codings.Where(c => c.System == CodeSystem.Icd10Cm).ToList();

        Assert.Equal("G35", Assert.Single(ms, c => c.IsEffectiveOn(lastOld)).Code);
        Assert.Equal("G35.D", Assert.Single(ms, c => c.IsEffectiveOn(firstNew)).Code);
    }

    [Fact]
    public void Export_WritesCategoryStructureSymptomsAndCoursesAsCodes()
    {
        foreach (var disease in Disease.All)
        {
            var json = ExportedVocabulary.Term("disease", disease.Code);

            ExportedVocabulary.AssertRelation(json, "category", "disease-category", disease.Category.Code);
            ExportedVocabulary.AssertRelation(json, "damagedStructure", "affected-structure", disease.DamagedStructure.Code);
            ExportedVocabulary.AssertRelation(json, "typicalSymptoms", "symptom", disease.TypicalSymptoms.Select(s => s.Code));
            ExportedVocabulary.AssertRelation(json, "courses", "disease-course", disease.Courses.Select(c => c.Code));
        }
    }
}
