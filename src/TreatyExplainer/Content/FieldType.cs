namespace TreatyExplainer.Content;

public enum FieldType
{
    Text,
    TextList,
    Date,
    Number,
    Kind,
    Names,
    Aliases,
    IdList,
    AbsoluteUrl,
    PathList,
    Layout,
    Boolean,
    PartialDate,
    Id,
    ReferenceType,
    Sides,
    SourcedFigure,
}
