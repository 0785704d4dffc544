using NodaTime;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class DiseaseCourseTests : VocabularyContractTests<DiseaseCourse>
{
    [Theory]
    [InlineData("clinically-isolated-syndrome", "multiple-sclerosis")]
    [InlineData("relapsing-remitting-ms", "multiple-sclerosis")]
    [InlineData("secondary-progressive-ms", "multiple-sclerosis")]
    [InlineData("primary-progressive-ms", "multiple-sclerosis")]
    [InlineData("progressive-ms", "multiple-sclerosis")]
    [InlineData("sporadic-als", "amyotrophic-lateral-sclerosis")]
    [InlineData("familial-als", "amyotrophic-lateral-sclerosis")]
    public void Disease_OfEachCourse_IsItsDisease(string course, string disease)
    {
        Assert.Same(Disease.FromCode(disease), DiseaseCourse.FromCode(course).Disease);
    }

    [Fact]
    public void Disease_ListsTheCourseAmongItsCourses()
    {
        Assert.All(DiseaseCourse.All, course => Assert.Contains(course, course.Disease.Courses));
    }

    [Theory]
    [InlineData("RRMS", "relapsing-remitting-ms")]
    [InlineData("SPMS", "secondary-progressive-ms")]
    [InlineData("PPMS", "primary-progressive-ms")]
    [InlineData("CIS", "clinically-isolated-syndrome")]
    [InlineData("fALS", "familial-als")]
    [InlineData("sALS", "sporadic-als")]
    public void FromCode_Abbreviation_FindsTheCourse(string abbreviation, string code)
    {
        Assert.Same(DiseaseCourse.FromCode(code), DiseaseCourse.FromCode(abbreviation));
    }

    [Theory]
    [InlineData("relapsing-remitting-ms", "G35.A")]
    [InlineData("primary-progressive-ms", "G35.B0")]
    [InlineData("secondary-progressive-ms", "G35.C0")]
    public void IcdTenCmCodings_ExactlyOneAppliesOnEachSideOfTheFy2026Change(string course, string fy2026Code)
    {
        var codings = DiseaseCourse.FromCode(course).Codings.Where(c => c.System == CodeSystem.Icd10Cm).ToList();

        var before = Assert.Single(codings, c => c.IsEffectiveOn(new LocalDate(2025, 9, 30)));
        Assert.Equal("G35", before.Code);
        Assert.Null(before.EffectiveFrom);
        var after = Assert.Single(codings, c => c.IsEffectiveOn(new LocalDate(2025, 10, 1)));
        Assert.Equal(fy2026Code, after.Code);
        Assert.Null(after.EffectiveUntil);
    }

    [Theory]
    [InlineData("Progressive MS")]
    [InlineData("progressive multiple sclerosis")]
    [InlineData("Chronic Progressive Multiple Sclerosis")]
    [InlineData("chronic progressive MS")]
    public void FromCode_RegistryWordingOfAnUnspecifiedProgressiveCourse_FindsProgressiveMs(string wording)
    {
        Assert.Same(DiseaseCourse.ProgressiveMs, DiseaseCourse.FromCode(wording));
    }

    [Fact]
    public void ProgressiveMs_IsCodedOnlyByMeshChronicProgressive()
    {
        // DOID:2376, which DO2015 cross-references to this MeSH heading, is obsolete in the Disease Ontology and not given.
        var coding = Assert.Single(DiseaseCourse.ProgressiveMs.Codings);

        Assert.Same(CodeSystem.Mesh, coding.System);
        Assert.Equal("D020528", coding.Code);
        Assert.Same(CodingConfidence.Verified, coding.Confidence);
    }

    [Fact]
    public void ClinicallyIsolatedSyndrome_HasNoCoding()
    {
        // The reference found no code for CIS in any terminology; one must not be invented.
        Assert.Empty(DiseaseCourse.ClinicallyIsolatedSyndrome.Codings);
    }

    [Fact]
    public void Export_WritesTheDiseaseAsACode()
    {
        Assert.All(DiseaseCourse.All, course => ExportedVocabulary.AssertRelation(
            ExportedVocabulary.Term("disease-course", course.Code), "disease", "disease", course.Disease.Code));
    }
}
