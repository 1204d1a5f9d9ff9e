//! Following other tabs: the `storage` event for this widget's key, a
//! removal or a `clear()`; and, on this page, another widget's erase
//! (`erase::ON_PAGE`), which fires no `storage` event here.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{StorageEvent, Window};

use super::erase::{Forget, ON_PAGE};
use super::{storage, Change, Store};

impl Store {
    /// Calls `on_change` whenever another tab changes this widget's key,
    /// removes it or clears storage. Dropping the returned listener removes it.
    pub fn listen(self: &Rc<Self>, on_change: impl Fn(Change) + 'static) -> Option<Listener> {
        let window = web_sys::window()?;
        let on_change = Rc::new(on_change);
        let forget: Forget = {
            let (store, on_change) = (Rc::clone(self), Rc::clone(&on_change));
            Rc::new(move || {
                store.present.set(false);
                on_change(Change::Cleared);
            })
        };
        let store = Rc::clone(self);
        let closure = Closure::<dyn FnMut(StorageEvent)>::new(move |event: StorageEvent| {
            // `key` is null when another tab called localStorage.clear().
            if event.key().is_some_and(|k| k != store.key) {
                return;
            }
            let Some(storage) = storage() else { return };
            match storage.get_item(&store.key) {
                Ok(Some(text)) => {
                    store.present.set(true);
                    on_change(Change::Envelope(
                        store.read(&storage, &text, false).envelope,
                    ));
                }
                // Gone, and it held data: the other tab or the page erased it.
                Ok(None) if store.present.replace(false) => on_change(Change::Cleared),
                Ok(None) => {}
                Err(_) => {}
            }
        });
        window
            .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
            .ok()?;
        ON_PAGE.with(|p| p.borrow_mut().push((self.key.clone(), Rc::clone(&forget))));
        Some(Listener {
            window,
            closure,
            forget,
        })
    }
}

/// A live `storage` event listener; removed when dropped.
pub struct Listener {
    window: Window,
    closure: Closure<dyn FnMut(StorageEvent)>,
    forget: Forget,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = ON_PAGE.try_with(|p| p.borrow_mut().retain(|(_, f)| !Rc::ptr_eq(f, &self.forget)));
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", self.closure.as_ref().unchecked_ref());
    }
}
