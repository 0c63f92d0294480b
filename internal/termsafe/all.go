package termsafe

import "reflect"

// ShowAll applies Show to every string v points to and can change: the
// exported fields of structs, the elements of slices and arrays, map keys
// and values, and what pointers and interfaces hold, however deep. It is
// for a value read from outside that a screen lays out: a string shown
// before layout is measured as wide as it will be drawn. v must be a
// pointer; anything else is left as it is.
func ShowAll(v any) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		showValue(rv.Elem(), 0)
	}
}

// maxShowDepth bounds ShowAll on a value that refers to itself.
const maxShowDepth = 32

// showValue shows the strings in v, which is settable where it can be set.
func showValue(v reflect.Value, depth int) {
	if depth > maxShowDepth {
		return
	}
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			if s := v.String(); !IsClean(s) {
				v.SetString(Show(s))
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			showValue(v.Elem(), depth+1)
		}
	case reflect.Interface:
		if v.IsNil() || !v.CanSet() {
			return
		}
		// What an interface holds cannot be set in place: copy, show,
		// put back.
		inner := reflect.New(v.Elem().Type()).Elem()
		inner.Set(v.Elem())
		showValue(inner, depth+1)
		v.Set(inner)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				showValue(v.Field(i), depth+1)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			showValue(v.Index(i), depth+1)
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		iter := v.MapRange()
		type entry struct{ k, v reflect.Value }
		var changed []entry
		for iter.Next() {
			k := reflect.New(iter.Key().Type()).Elem()
			k.Set(iter.Key())
			val := reflect.New(iter.Value().Type()).Elem()
			val.Set(iter.Value())
			showValue(k, depth+1)
			showValue(val, depth+1)
			if !k.Equal(iter.Key()) {
				changed = append(changed, entry{iter.Key(), reflect.Value{}})
			}
			changed = append(changed, entry{k, val})
		}
		for _, e := range changed {
			v.SetMapIndex(e.k, e.v)
		}
	}
}
