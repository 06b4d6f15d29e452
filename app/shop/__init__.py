"""Product online: catalog, shelves, the public shop, shares and visits, orders, commission."""
