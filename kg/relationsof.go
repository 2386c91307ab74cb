package kg

import "fmt"

// CheckRelationsOf is the contract's argument rule for Store.RelationsOf:
// the filter may not pin an entity (Entity, Source and Target empty: the
// entities are the ones asked for) and perEntity must be in 0..MaxPageSize,
// 0 meaning DefaultPageSize. It returns the per-entity limit to apply, or
// an error wrapping ErrInvalid.
func CheckRelationsOf(f RelationFilter, perEntity int) (int, error) {
	if f.Entity != "" || f.Source != "" || f.Target != "" {
		return 0, fmt.Errorf("filter pins an entity: %w", ErrInvalid)
	}
	switch {
	case perEntity == 0:
		return DefaultPageSize, nil
	case perEntity < 0 || perEntity > MaxPageSize:
		return 0, fmt.Errorf("per-entity limit %d outside 0..%d: %w", perEntity, MaxPageSize, ErrInvalid)
	}
	return perEntity, nil
}

// CheckArticlesOf is the contract's argument rule for Store.ArticlesOf:
// perEntity must be in 0..MaxPageSize, 0 meaning DefaultPageSize. It
// returns the per-entity limit to apply, or an error wrapping ErrInvalid.
func CheckArticlesOf(perEntity int) (int, error) {
	switch {
	case perEntity == 0:
		return DefaultPageSize, nil
	case perEntity < 0 || perEntity > MaxPageSize:
		return 0, fmt.Errorf("per-entity limit %d outside 0..%d: %w", perEntity, MaxPageSize, ErrInvalid)
	}
	return perEntity, nil
}

// CheckRelationsIn is the contract's argument rule for Store.RelationsIn:
// known types, and perArticle in 0..MaxPageSize, 0 meaning DefaultPageSize.
// It returns the per-article limit to apply, or an error wrapping
// ErrInvalid.
func CheckRelationsIn(types []RelType, perArticle int) (int, error) {
	if err := (RelationFilter{Types: types}).Check(); err != nil {
		return 0, err
	}
	return CheckArticlesOf(perArticle)
}
