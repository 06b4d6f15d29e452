"""Marketing online (营销在线): the rep's toolbox of materials, coupons and group-buys, each
shared with the rep's link and counted. Shop never imports it: it reaches checkout through
shop's pricing seam and sharing through shop's shareables."""
