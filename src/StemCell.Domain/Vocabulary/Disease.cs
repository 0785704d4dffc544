using System.Collections.Immutable;

namespace StemCell.Domain.Vocabulary;

// The terms, their properties and their export are generated from Definitions/disease.json; this part holds the courses,
// which are computed from the disease-course vocabulary.
public sealed partial class Disease
{
    private ImmutableArray<DiseaseCourse> _courses;

    /// <summary>Gets the clinical courses (forms) of the disease.</summary>
    /// <value>The <see cref="DiseaseCourse"/> terms whose <see cref="DiseaseCourse.Disease"/> is this disease, in declaration order.</value>
    public ImmutableArray<DiseaseCourse> Courses
    {
        get
        {
            // Derived from the courses, which point at their disease, so the relation is declared once
            // and the two vocabularies' static initialisers never depend on each other.
            if (_courses.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _courses, [.. DiseaseCourse.All.Where(c => c.Disease == this)]);
            }

            return _courses;
        }
    }
}
